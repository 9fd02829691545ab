// A module whose top-level await throws makes every import of it reject with that error.
const results = await Promise.allSettled([import('./fixtures/rejects.js'), import('./fixtures/rejects.js')]);
console.log(results.map((r) => r.status), results[0].reason.message, results[0].reason === results[1].reason);
try { await import('./fixtures/rejects.js'); } catch (err) { console.log('again:', err === results[0].reason); }

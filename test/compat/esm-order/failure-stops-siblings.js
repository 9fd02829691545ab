// When a dependency throws, later siblings and the importer do not run.
globalThis.order = [];
try { await import('./fixtures/import-throwing.js'); } catch (err) { console.log('rejected:', err.message); }
console.log(globalThis.order.join(' > '));

// An error thrown while the module evaluates is thrown by require(), and again by later requires without re-running it.
for (let i = 0; i < 2; i++) {
  try { require('./fixtures/throws.mjs'); } catch (err) { console.log(err.message); }
}
console.log('evaluated', globalThis.throwsRuns, 'time(s)');

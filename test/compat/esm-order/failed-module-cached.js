// A module that threw is not run again: every later import rejects with the same error.
globalThis.order = [];
const errors = [];
for (let i = 0; i < 2; i++) {
  try { await import('./fixtures/throws.js'); } catch (err) { errors.push(err); }
}
console.log(globalThis.order, errors[0].message, errors[0] === errors[1]);

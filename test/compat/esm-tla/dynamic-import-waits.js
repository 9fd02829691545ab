// import() of an async module resolves after the module's awaits; concurrent imports share the evaluation.
globalThis.log = [];
const [a, b] = await Promise.all([import('./fixtures/async-dep.js'), import('./fixtures/async-dep.js')]);
console.log(globalThis.log.join(' > '), a === b, a.value);

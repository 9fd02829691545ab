// Keywords are valid export names; a "then" export that is undefined does not make the namespace thenable.
const ns = await import('./fixtures/esm-syntax-in-cjs-name.cjs');
console.log(Object.keys(ns), ns.import, ns.await);

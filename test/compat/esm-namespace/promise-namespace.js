// A namespace with a "then" export is thenable: await on import() resolves it through that then.
const ns = await import('./fixtures/thenable.js');
console.log(ns);

// require() of an ES module (Node 24): its namespace, the 'module.exports' export, caching, and a CommonJS
// module required back from it.
const ns = require('./fixtures/plain.mjs');
console.log(ns, Object.prototype.toString.call(ns), require('./fixtures/plain.mjs') === ns);
console.log(require('./fixtures/module-exports-name.mjs'));
console.log(require('./fixtures/esm-requires-cjs.mjs').back);
console.log(process.features.require_module, require.cache[require.resolve('./fixtures/plain.mjs')] !== undefined);

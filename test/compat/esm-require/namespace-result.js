// require(esm) returns the module namespace object.
const ns = require('./fixtures/named.mjs');
console.log(ns, Object.prototype.toString.call(ns), ns.f());

// A module with a default export comes back with __esModule set, for transpiled code reading .default.
const ns = require('./fixtures/with-default.mjs');
console.log(ns.__esModule, ns.default, ns.extra, Object.keys(ns));

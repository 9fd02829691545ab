// require(esm) and import() give the same namespace and evaluate the module once.
const a = require('./fixtures/named.mjs');
const b = require('./fixtures/named.mjs');
import('./fixtures/named.mjs').then((c) => console.log(a === b, b === c));

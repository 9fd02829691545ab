// CommonJS module.exports of every kind (function, class, null, primitive) is the default import.
require('./fixtures/import-cjs-kinds.mjs');
console.log(require('./fixtures/import-cjs-kinds.mjs').results);

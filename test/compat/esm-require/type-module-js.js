// A .js file in a "type": "module" package is an ES module to require() too.
console.log(require('./fixtures/esm-pkg/index.js').kind);

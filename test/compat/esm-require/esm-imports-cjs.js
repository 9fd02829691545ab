// A required ES module can import CommonJS.
console.log(require('./fixtures/imports-cjs.mjs').seen);

// require() of an ES module whose default is a function: the namespace, with .default the function.
const ns = require('./fixtures/esm.mjs');
console.log(typeof ns, typeof ns.default, ns.default(), ns.__esModule);

// require is not defined in an ES module: a ReferenceError.
try { require('node:fs'); } catch (err) { console.log(err.name); }
console.log(typeof require, typeof module, typeof __dirname);

const util = require('util');
console.log(util.inspect(Object.freeze({ a: 1 })));
console.log(util.inspect(Object.seal([1, 2])));
console.log(util.inspect(Object.preventExtensions({ b: 2 })));

const util = require('util');
const e = new Error('m');
e.stack = 42;
console.log(util.inspect(e));
const e2 = new Error('m2');
e2.stack = { custom: true };
console.log(util.inspect(e2));

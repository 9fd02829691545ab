const util = require('util');
const o = { a: { b: { c: { d: 1 } } } };
console.log(util.inspect(o, true));
console.log(util.inspect(o, false, 1));
console.log(JSON.stringify(util.inspect(o, false, 0, true)));
console.log(util.inspect(o, { depth: 0 }, 3));

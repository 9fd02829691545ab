const util = require('util');
const o = { b: 1, 2: 'two', a: 2, 1: 'one', [Symbol('s')]: 3 };
console.log(util.inspect(o));
const d = {};
d.z = 1; d.y = 2; delete d.z; d.z = 3;
console.log(util.inspect(d));

const util = require('util');
const e = new Error('boom');
e.stack = 'Error: boom\n    at foo (/x/y.js:1:2)\n    at bar (/x/z.js:3:4)';
console.log(util.inspect(e));
console.log(util.inspect({ e }));
console.log(util.inspect([e]));
const r = new RangeError('r');
r.stack = 'RangeError: r';
console.log(util.inspect(r));

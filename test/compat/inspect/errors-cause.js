const util = require('util');
const cause = new Error('root');
cause.stack = 'Error: root\n    at r (/r.js:1:1)';
const e = new Error('top', { cause });
e.stack = 'Error: top\n    at t (/t.js:2:2)';
console.log(util.inspect(e));
const e2 = new Error('prim', { cause: 'a string' });
e2.stack = 'Error: prim';
console.log(util.inspect(e2));

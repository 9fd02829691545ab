const util = require('util');
class MyError extends Error {}
const e = new MyError('sub');
e.stack = 'Error: sub\n    at x (/f.js:1:1)';
console.log(util.inspect(e));
class NamedError extends Error { constructor(m) { super(m); this.name = 'NamedError'; } }
const n = new NamedError('n');
n.stack = 'NamedError: n\n    at y (/g.js:2:2)';
console.log(util.inspect(n));
const plain = new Error('p');
plain.stack = 'no header here';
console.log(util.inspect(plain));

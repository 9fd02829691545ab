const util = require('util');
const e = new Error('first\nsecond');
e.stack = 'Error: first\nsecond\n    at f (/f.js:1:1)';
console.log(util.inspect(e));
const n = new Error('x');
n.stack = 'Error: x';
n.name = 'Renamed';
n.message = 'changed';
console.log(util.inspect(n));

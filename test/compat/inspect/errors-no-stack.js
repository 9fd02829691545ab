const util = require('util');
const e = new Error('boom');
e.stack = undefined;
delete e.stack;
console.log(util.inspect(e));
const t = new TypeError('bad type');
Object.defineProperty(t, 'stack', { value: undefined });
console.log(util.inspect(t));

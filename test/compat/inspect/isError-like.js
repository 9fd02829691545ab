const util = require('util');
const fake = Object.create(Error.prototype);
console.log(util.inspect(fake));
const o = { name: 'Error', message: 'not really' };
console.log(util.inspect(o));
const e = new Error('');
e.stack = 'Error';
console.log(util.inspect(e));

const { inspect } = require('util');
console.log(inspect({ a: 1 }));
const { format } = require('util');
console.log(format('%s!', 'detached'));

const util = require('util');
const o = { ['k'.repeat(90)]: 1, short: 2 };
console.log(util.inspect(o));
console.log(util.inspect({ a: ['x'.repeat(75)] }));
console.log(util.inspect({ a: 'y'.repeat(16), b: 'y'.repeat(16), c: 'y'.repeat(16), d: 'y'.repeat(4) }));

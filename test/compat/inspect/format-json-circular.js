const util = require('util');
const o = {}; o.o = o;
console.log(util.format('%j', o));
console.log(util.format('%j', undefined));
console.log(util.format('%j', 'str'));
console.log(util.format('%j', { toJSON() { return 'tj'; } }));

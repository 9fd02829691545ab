const util = require('util');
const a = [];
a[5] = 1; a[200] = 2;
console.log(util.inspect(a));
const b = new Array(150); b[149] = 'last';
console.log(util.inspect(b));
console.log(util.inspect(b, { maxArrayLength: 2 }));

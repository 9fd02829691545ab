const util = require('util');
const e = new Error('inner');
e.stack = 'Error: inner\n    at one (/one.js:1:1)\n    at two (/two.js:2:2)';
console.log(util.inspect({ key: e, other: 1 }));
console.log(util.inspect(new Map([['err', e]])));

const util = require('util');
const e = new Error('deep'); e.stack = 'Error: deep';
console.log(util.inspect({ a: { b: { c: { e } } } }));
console.log(util.inspect({ a: { b: { c: { e } } } }, { depth: 5 }));

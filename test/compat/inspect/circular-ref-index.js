const util = require('util');
const a = {}; const b = {}; const c = {};
a.b = b; b.c = c; c.a = a; c.b = b;
console.log(util.inspect(a));
const arr = [];
const obj = { arr };
arr.push(obj, arr);
console.log(util.inspect(obj));

const util = require('util');
const m = new Map([['a', new Map([['b', new Map([['c', new Map([['d', 1]])]])]])]]);
console.log(util.inspect(m));
console.log(util.inspect(m, { depth: 0 }));
console.log(util.inspect([new Set([new Set([new Set([new Set([1])])])])]));

const util = require('util');
const o = { a: 1 };
Object.defineProperty(o, 'b', { value: 2, enumerable: false });
Object.defineProperty(o, Symbol('c'), { value: 3, enumerable: true });
console.log(util.inspect(o));
console.log(util.inspect(o, { showHidden: true }));

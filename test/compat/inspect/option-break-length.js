const util = require('util');
const o = { alpha: 'aaaa', beta: 'bbbb', gamma: 'cccc', delta: 'dddd' };
console.log(util.inspect(o, { breakLength: 20 }));
console.log(util.inspect(o, { breakLength: Infinity }));
console.log(util.inspect(o, { breakLength: 200 }));
console.log(util.inspect({ o, o2: o }, { breakLength: Infinity, compact: true }));
console.log(util.inspect(Array.from({ length: 30 }, (_, i) => i), { breakLength: 40 }));
console.log(util.inspect({ a: 'x'.repeat(70) }, { breakLength: 80 }));

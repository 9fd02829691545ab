const util = require('util');
const o = { l1: { l2: { l3: { l4: { l5: { l6: 1 } } } } }, arr: [[1, [2, [3]]]] };
console.log(util.inspect(o, { depth: 0 }));
console.log(util.inspect(o, { depth: 1 }));
console.log(util.inspect(o, { depth: Infinity }));
console.log(util.inspect(o, { depth: null }));
console.log(util.inspect(o, false, 0));
console.log(util.inspect(new Map([[{ a: { b: 1 } }, new Set([[1]])]]), { depth: 0 }));

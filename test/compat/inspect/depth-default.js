const util = require('util');
const o = { l1: { l2: { l3: { l4: { l5: 1 } } } } };
console.log(util.inspect(o));
console.log(util.inspect([[[[[1]]]]]));
console.log(util.inspect({ a: { b: { c: { d: [] } } } }));
console.log(util.inspect({ a: { b: { c: { d: {} } } } }));
console.log(util.inspect({ a: { b: { c: new Map([[1, 2]]) } } }));

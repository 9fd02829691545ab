const util = require('util');
const o = {
  get g() { return 1; },
  set s(v) {},
  get gs() { return 2; },
  set gs(v) {},
};
console.log(util.inspect(o));
console.log(util.inspect(o, { getters: true }));
console.log(util.inspect(o, { getters: 'get' }));
console.log(util.inspect(o, { getters: 'set' }));
const thrower = { get bad() { const e = new Error('nope'); e.stack = 'Error: nope\n    at bad (/getter.js:1:1)'; throw e; } };
console.log(util.inspect(thrower, { getters: true }));
const objGetter = { get obj() { return { a: 1 }; } };
console.log(util.inspect(objGetter, { getters: true }));
class K { get p() { return 1; } }
console.log(util.inspect(new K()));

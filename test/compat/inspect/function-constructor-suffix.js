const util = require('util');
function f() {}
Object.setPrototypeOf(f, Object.prototype);
console.log(util.inspect(f));
const g = function () {};
Object.setPrototypeOf(g, Array.prototype);
Object.defineProperty(g, Symbol.toStringTag, { value: 'TT' });
console.log(util.inspect(g));
async function af() {}
Object.setPrototypeOf(af, Function.prototype);
console.log(util.inspect(af));
function* gen() {}
Object.setPrototypeOf(gen, Function.prototype);
console.log(util.inspect(gen));
class A {}
Object.setPrototypeOf(A, Map.prototype);
console.log(util.inspect(A));

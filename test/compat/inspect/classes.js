const util = require('util');
class A {}
console.log(util.inspect(A));
class B extends A {}
console.log(util.inspect(B));
console.log(util.inspect(class {}));
console.log(util.inspect(class extends Array {}));
class C { static s = 1; }
console.log(util.inspect(C));
console.log(util.inspect([A, B]));

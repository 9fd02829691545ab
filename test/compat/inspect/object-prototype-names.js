const util = require('util');
console.log(util.inspect(Object.prototype));
console.log(util.inspect(Array.prototype));
console.log(util.inspect(Function.prototype));
console.log(util.inspect(Map.prototype));
console.log(util.inspect(Error.prototype));
class Foo { method() {} }
console.log(util.inspect(Foo.prototype));

const util = require('util');
class Foo { constructor() { this.a = 1; } }
console.log(util.inspect(new Foo()));
class Empty {}
console.log(util.inspect(new Empty()));
class Bar extends Foo { constructor() { super(); this.b = 2; } }
console.log(util.inspect(new Bar()));
function Legacy() { this.x = 1; }
console.log(util.inspect(new Legacy()));
const anon = new (class {})();
console.log(util.inspect(anon));
class Tagged { get [Symbol.toStringTag]() { return 'Tg'; } }
console.log(util.inspect(new Tagged()));
console.log(util.inspect({ [Symbol.toStringTag]: 'Custom', a: 1 }));

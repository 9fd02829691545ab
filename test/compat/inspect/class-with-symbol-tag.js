const util = require('util');
class Foo { get [Symbol.toStringTag]() { return 'Foo'; } }
console.log(util.inspect(new Foo()));
class Bar { constructor() { this.x = 1; } get [Symbol.toStringTag]() { return 'Other'; } }
console.log(util.inspect(new Bar()));
const o = Object.create(null, { [Symbol.toStringTag]: { value: 'NullTag' } });
console.log(util.inspect(o));
console.log(util.inspect(new Map(), { showHidden: false }));

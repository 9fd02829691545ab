const util = require('util');
console.log(util.inspect(new (class Foo extends Array {})(3)));
console.log(util.inspect(Object.assign(new (class Bar extends Array {})(), { x: 1 })));
console.log(util.inspect(new (class Baz extends Uint8Array {})(2)));

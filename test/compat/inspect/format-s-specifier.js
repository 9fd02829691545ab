const util = require('util');
console.log(util.format('%s', -0));
console.log(util.format('%s', 10n));
console.log(util.format('%s', null), util.format('%s', undefined));
console.log(util.format('%s', [1, [2, [3, [4]]]]));
console.log(util.format('%s', { toString() { return 'custom toString'; } }));
class Foo { toString() { return 'FooStr'; } }
console.log(util.format('%s', new Foo()));
console.log(util.format('%s', new Error('err in s')).split('\n')[0]);
console.log(util.format('%s', function fn() {}));
console.log(util.format('%s', Symbol('sym')));
console.log(util.format('%s', new Date(0)));
console.log(util.format('%s', { a: { b: { c: 1 } } }));

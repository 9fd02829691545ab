// compileFunction's remaining options: produceCachedData and cachedData (the result's cachedData* properties),
// parameter names of every kind V8 accepts or refuses, a function body with its own declarations, and how
// contextExtensions objects are read (at call time, live) and which arguments are refused.
const vm = require('node:vm');

const body = 'return a * b + (c ?? 0)';
const produced = vm.compileFunction(body, ['a', 'b', 'c'], { produceCachedData: true });
console.log('produced:', produced.cachedDataProduced, Buffer.isBuffer(produced.cachedData), produced(6, 7));
const plain = vm.compileFunction(body, ['a', 'b', 'c']);
console.log('plain:', 'cachedDataProduced' in plain, 'cachedData' in plain, 'cachedDataRejected' in plain,
  Object.getOwnPropertyNames(plain).sort());
const consumer = vm.compileFunction(body, ['a', 'b', 'c'], { cachedData: produced.cachedData });
console.log('consumer:', consumer.cachedDataRejected, consumer(2, 3, 4));
const mismatched = vm.compileFunction('return "a different body"', [], { cachedData: produced.cachedData });
console.log('other body:', mismatched.cachedDataRejected, mismatched());

// Parameter names V8 accepts (an invalid name crashes Node itself, so none is tried).
for (const params of [['$', '_x', 'ünï'], ['a', 'a'], ['arguments'], ['eval'], ['yield'], ['await']]) {
  try {
    const fn = vm.compileFunction('return typeof ' + (params[0] || 'x'), params);
    console.log(JSON.stringify(params), 'length', fn.length, 'called', fn(1, 2, 3));
  } catch (err) {
    console.log(JSON.stringify(params), err.name);
  }
}

// The body's own var/let/function declarations stay local to each call.
const local = vm.compileFunction('var count = (count || 0) + 1; let l = 1; function inner() { return count + l } return inner()');
console.log('locals:', local(), local(), typeof globalThis.count, typeof globalThis.inner);

// Extensions are scopes: read when the code runs, so later changes are seen; a getter runs each time.
let reads = 0;
const ext = { factor: 2, get counted() { reads++; return reads; } };
const scaled = vm.compileFunction('return [n * factor, counted]', ['n'], { contextExtensions: [ext] });
console.log('before change:', scaled(5));
ext.factor = 10;
console.log('after change:', scaled(5), 'getter reads', reads);
delete ext.factor;
try {
  scaled(5);
} catch (err) {
  console.log('removed extension property:', err.name);
}

// An extension with a null prototype and a class instance work as scopes (arrays are refused below).
class Scope { constructor() { this.fromInstance = 'instance'; } get fromGetter() { return 'getter'; } }
const fns = vm.compileFunction('return [fromBare, fromInstance, fromGetter, length]', [], {
  contextExtensions: [Object.assign(Object.create(null), { fromBare: 'bare', length: 'own length' }), new Scope()],
});
console.log('mixed extensions:', fns());

for (const [label, args] of [
  ['produceCachedData', ['1', [], { produceCachedData: 'yes' }]],
  ['cachedData', ['1', [], { cachedData: [1, 2] }]],
  ['lineOffset', ['1', [], { lineOffset: '1' }]],
  ['columnOffset', ['1', [], { columnOffset: 1.5 }]],
  ['options', ['1', [], 'options']],
  ['params null', ['1', null]],
  ['array extension', ['1', [], { contextExtensions: [['x']] }]],
  ['extensions not an array', ['1', [], { contextExtensions: { a: 1 } }]],
]) {
  try {
    vm.compileFunction(...args);
    console.log(label, 'accepted');
  } catch (err) {
    console.log(label, err.code, err.message);
  }
}

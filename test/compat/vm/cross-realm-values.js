// Values crossing between contexts: a context's arrays, errors, functions and promises belong to its realm
// (instanceof fails across realms; Array.isArray and the types checks do not), util.inspect and JSON see them
// as usual, and a sandbox's own properties are shared in both directions.
const vm = require('node:vm');
const util = require('node:util');

const sandbox = { fromOutside: [1, 2], shared: { n: 0 } };
const context = vm.createContext(sandbox);
const inner = vm.runInContext(`
  shared.n += 1;
  globalThis.made = { list: [1, 'two'], err: new TypeError('inner'), fn: function named(a, b) {}, p: Promise.resolve(5),
    date: new Date(0), re: /x/g, map: new Map([[1, 2]]) };
  made;
`, context);
console.log('instanceof Array:', inner.list instanceof Array, 'isArray:', Array.isArray(inner.list));
console.log('instanceof Error:', inner.err instanceof Error, 'isNativeError:', util.types.isNativeError(inner.err),
  'name:', inner.err.name, 'message:', inner.err.message);
console.log('function:', typeof inner.fn, inner.fn.name, inner.fn.length, inner.fn instanceof Function);
console.log('promise:', inner.p instanceof Promise, util.types.isPromise(inner.p));
console.log('date/regexp/map:', util.types.isDate(inner.date), util.types.isRegExp(inner.re), util.types.isMap(inner.map));
console.log(util.inspect({ list: inner.list, date: inner.date, re: inner.re, map: inner.map }));
console.log(JSON.stringify({ list: inner.list, date: inner.date, map: inner.map }));
console.log('shared:', sandbox.shared.n, 'made on sandbox:', sandbox.made === inner);
console.log('outside array inside:', vm.runInContext('fromOutside instanceof Array', context),
  vm.runInContext('Array.isArray(fromOutside)', context));
inner.p.then((v) => console.log('inner promise resolves here:', v));

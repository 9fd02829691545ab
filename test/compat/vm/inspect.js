// How contexts and their globals look to util.inspect and util.types.
const vm = require('node:vm');
const util = require('node:util');

const context = vm.createContext({ a: 1, nested: { b: [1, 2] } });
console.log(context);
const global = vm.runInContext('this', context);
console.log(global, util.types.isProxy(global));
console.log(vm.runInNewContext('this'));
console.log(vm.runInNewContext('var x = 1; this'));
console.log(util.inspect(vm.runInNewContext('[new Map([[1, 2]]), new Set([3]), /re/g, new Date(0), 5n]')));
console.log(vm.runInNewContext('new Error("context error")') instanceof Error);
console.log(util.types.isNativeError(vm.runInNewContext('new TypeError("t")')));
console.log(util.types.isPromise(vm.runInNewContext('Promise.resolve(1)')), util.types.isMap(vm.runInNewContext('new Map')));
console.log(util.isDeepStrictEqual(vm.runInNewContext('({ a: [1, 2] })'), { a: [1, 2] }));
console.log(JSON.stringify(vm.runInNewContext('({ list: [1, "two", { three: 3 }] })')));
console.log(Object.prototype.toString.call(vm.runInNewContext('this')));

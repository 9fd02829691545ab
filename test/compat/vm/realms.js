// Objects cross between contexts freely; each context keeps its own intrinsics.
const vm = require('node:vm');

const context = vm.createContext({ hostArray: [1, 2], hostFn: (x) => x * 2, out: null });
console.log(vm.runInContext('hostArray instanceof Array', context));
console.log(vm.runInContext('Array.isArray(hostArray) && hostFn(21)', context));
vm.runInContext('out = { made: "inside", list: hostArray.map((v) => v + 1) }', context);
console.log(context.out, context.out.constructor === Object);

// Functions made inside run in their context's realm when called from outside.
const make = vm.runInContext('(function () { return [] })', context);
console.log(make() instanceof Array, Array.isArray(make()));
const typeOfThis = vm.runInContext('(function () { return typeof this })', context);
console.log(typeOfThis());

// Promises of another context work with await.
(async () => {
  const value = await vm.runInContext('Promise.resolve("awaited")', context);
  console.log(value);
  const later = await vm.runInContext('new Promise((r) => r(7))', context);
  console.log(later);
})();

// Global state is separate.
vm.runInContext('Array.prototype.extra = function () { return "patched" }', context);
console.log(typeof [].extra, vm.runInContext('[].extra()', context));
const other = vm.createContext({});
console.log(vm.runInContext('typeof [].extra', other));

// runInThisContext: code sees globals but not the module's scope; var and function declarations become
// globals, let/const/class persist between calls without being properties; strict mode and `this`.
const vm = require('node:vm');

const moduleLocal = 'local';
console.log(vm.runInThisContext('typeof moduleLocal + " " + typeof require + " " + typeof module + " " + typeof exports + " " + typeof __filename'));
console.log(vm.runInThisContext('typeof process + " " + typeof Buffer + " " + typeof console + " " + typeof setTimeout'));
console.log(vm.runInThisContext('this === globalThis'), vm.runInThisContext('(function () { return this })() === globalThis'));
console.log(vm.runInThisContext('"use strict"; (function () { return this })()'));

vm.runInThisContext('var vmVar = 1; function vmFn() { return "fn" } let vmLet = 2; const vmConst = 3; class VmClass {}');
console.log(globalThis.vmVar, typeof globalThis.vmFn, globalThis.vmLet, globalThis.vmConst, globalThis.VmClass);
console.log(vm.runInThisContext('vmLet + vmConst + " " + typeof VmClass'));
const d = Object.getOwnPropertyDescriptor(globalThis, 'vmVar');
console.log(d.writable, d.enumerable, d.configurable);
console.log(delete globalThis.vmVar, delete globalThis.vmFn, typeof vmFn);

// Lexical bindings made by vm are visible to later indirect eval and new Function, not as properties.
console.log((0, eval)('vmLet'), new Function('return vmConst')());
try {
  vm.runInThisContext('vmConst = 4');
} catch (err) {
  console.log(err.name, err.message);
}

// Assignments without declaration create globals; in strict code they throw.
vm.runInThisContext('sloppyGlobal = "made"');
console.log(globalThis.sloppyGlobal);
try {
  vm.runInThisContext('"use strict"; strictGlobal = 1');
} catch (err) {
  console.log(err.name, err instanceof ReferenceError);
}

// The completion value and returned functions are plain objects of this realm.
const fn = vm.runInThisContext('(function add(a, b) { return a + b })');
console.log(fn(2, 3), fn instanceof Function, fn.name, fn.toString());
console.log(vm.runInThisContext('[1, 2]') instanceof Array, vm.runInThisContext('({})').constructor === Object);
console.log(vm.runInThisContext('') === undefined, vm.runInThisContext('1; 2; 3'), vm.runInThisContext('var q = 9'));

// vm.compileFunction: a function with the given parameters, optionally in a context and with extensions.
const vm = require('node:vm');

const add = vm.compileFunction('return a + b', ['a', 'b']);
console.log(add(2, 3), add.length, typeof add, add.name);

const withScope = vm.compileFunction('return prefix + value + suffix', ['value'], {
  contextExtensions: [{ prefix: '<', suffix: '!' }, { suffix: '>' }],
});
console.log(withScope('x'));

const context = vm.createContext({ base: 100 });
const inContext = vm.compileFunction('return base + n + (typeof require)', ['n'], { parsingContext: context });
console.log(inContext(1));
const arr = vm.compileFunction('return []', [], { parsingContext: context })();
console.log(arr instanceof Array, Array.isArray(arr));

console.log(vm.compileFunction('return this')() === globalThis);
console.log(vm.compileFunction('"use strict"; return this')());
console.log(vm.compileFunction('return arguments.length')(1, 2, 3));
const asyncLike = vm.compileFunction('return new Promise((r) => r(value * 2))', ['value']);
asyncLike(21).then((v) => console.log('resolved', v));

try {
  vm.compileFunction('throw new Error("inside")', [], { filename: 'fn.js' })();
} catch (err) {
  console.log(err.message, err.stack.split('\n')[1].trim());
}
try {
  vm.compileFunction('return (', [], { filename: 'broken.js' });
} catch (err) {
  console.log(err.name);
}

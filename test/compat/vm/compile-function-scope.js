// compileFunction in more shapes: parameters and arguments, strictness, contextExtensions
// shadowing globals and each other, a parsingContext together with extensions, and what the function is.
const vm = require('node:vm');

const f1 = vm.compileFunction('return [a, b, arguments.length]', ['a', 'b']);
console.log(f1(), f1(10, 20, 30), f1.length);

const strict = vm.compileFunction('"use strict"; return typeof this', []);
const sloppy = vm.compileFunction('return typeof this', []);
console.log(strict(), sloppy(), strict.call(5), sloppy.call(5));

// Extensions are looked up before globals; later extensions win over earlier ones.
globalThis.shadowed = 'global';
const ext = vm.compileFunction('return [shadowed, only1, only2, typeof setTimeout]', [], {
  contextExtensions: [{ shadowed: 'first', only1: 1 }, { shadowed: 'second', only2: 2 }],
});
console.log(ext());

// Writing to an extension's name changes the extension object, not a global.
const store = { counter: 0 };
const inc = vm.compileFunction('counter += 1; return counter', [], { contextExtensions: [store] });
inc();
inc();
console.log(store.counter, typeof globalThis.counter);

// Parameters shadow extensions.
console.log(vm.compileFunction('return v', ['v'], { contextExtensions: [{ v: 'ext' }] })('param'));

// In a parsingContext the function's globals are the context's, extensions still come first.
const context = vm.createContext({ where: 'context', shadowed: 'context global' });
const inCtx = vm.compileFunction('return [where, shadowed, typeof process, this === undefined]', [], {
  parsingContext: context,
  contextExtensions: [{ shadowed: 'extension' }],
});
console.log(inCtx());
console.log(Object.getPrototypeOf(inCtx) === Function.prototype,
  Object.getPrototypeOf(inCtx) === vm.runInContext('Function.prototype', context));

// What the compiled function looks like.
const named = vm.compileFunction('return 1', ['x', 'y']);
console.log(typeof named, named.name, named.length, Object.keys(named));

// Top-level return, arguments and await as a name.
console.log(vm.compileFunction('if (arguments.length > 1) return "many"; return "few"')(1, 2));
console.log(vm.compileFunction('const await = 3; return await', [])());
try {
  vm.compileFunction('return a +', ['a']);
} catch (err) {
  console.log(err.name);
}

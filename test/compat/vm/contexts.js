// vm contexts: a contextified object is the context's global, seen from both sides.
const vm = require('node:vm');

const sandbox = { animal: 'cat', count: 2 };
const context = vm.createContext(sandbox);
console.log(context === sandbox, vm.isContext(sandbox), vm.isContext({}));
vm.runInContext('count += 1; name = "kitty"; var declared = 1; function fn() { return animal; }', context);
console.log(sandbox.count, sandbox.name, sandbox.declared, typeof sandbox.fn, sandbox.fn());
console.log(Object.keys(sandbox));

// Lexical declarations stay in the context, not on the object, and persist between runs.
vm.runInContext('let hidden = 41; const fixed = 1; class K {}', context);
console.log('hidden' in sandbox, vm.runInContext('hidden + fixed', context), vm.runInContext('typeof K', context));

// Changes made outside are seen inside.
sandbox.later = 'outside';
delete sandbox.animal;
console.log(vm.runInContext('typeof animal + " " + later', context));

// Each context has its own built-ins.
const arr = vm.runInContext('[1, 2, 3]', context);
console.log(arr instanceof Array, Array.isArray(arr), vm.runInContext('Array', context) === Array);
console.log(vm.runInContext('Object.getPrototypeOf([]) === Array.prototype', context));
console.log(vm.runInNewContext('typeof require + typeof process + typeof console + typeof setTimeout + typeof Buffer'));
console.log(vm.runInNewContext('typeof globalThis + typeof JSON.parse + typeof Intl + typeof WebAssembly'));

// The global from inside is not the object, but shows its properties.
const global = vm.runInContext('this', context);
console.log(global === sandbox, vm.runInContext('this === globalThis', context), global.count);

// A new context per runInNewContext call.
const a = {};
vm.runInNewContext('x = 1; var y = 2', a);
console.log(a);
console.log(vm.runInNewContext('typeof x'));

// Strict mode scripts see the same globals.
console.log(vm.runInNewContext('"use strict"; z = 5; z * 2', { z: 0 }));

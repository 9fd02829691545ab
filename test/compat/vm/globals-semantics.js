// How the contextified object and the context's global interact (V8's interceptors in Node).
const vm = require('node:vm');

const sandbox = {};
Object.defineProperty(sandbox, 'fixed', { value: 'f', enumerable: true });
Object.defineProperty(sandbox, 'getter', { get() { return 'g'; }, enumerable: false });
vm.createContext(sandbox);

console.log(vm.runInContext('fixed + getter', sandbox));
console.log(vm.runInContext('fixed = "changed"; fixed', sandbox));
console.log(JSON.stringify(vm.runInContext('Object.getOwnPropertyDescriptor(this, "fixed")', sandbox)));
console.log(vm.runInContext('typeof Object.getOwnPropertyDescriptor(this, "getter").get', sandbox));

// Object.defineProperty inside lands on the object.
vm.runInContext('Object.defineProperty(this, "defined", { value: 42, enumerable: true })', sandbox);
console.log(sandbox.defined, JSON.stringify(Object.getOwnPropertyDescriptor(sandbox, 'defined')));

// var declarations are configurable on the object, and cannot be deleted inside.
vm.runInContext('var v = "var"', sandbox);
console.log(JSON.stringify(Object.getOwnPropertyDescriptor(sandbox, 'v')));
console.log(vm.runInContext('delete v', sandbox), vm.runInContext('v', sandbox));

// Assigned globals can be deleted.
vm.runInContext('assigned = 1', sandbox);
console.log(vm.runInContext('delete assigned', sandbox), 'assigned' in sandbox);

// Shadowing built-ins from the object.
const shadow = vm.createContext({ Array: 'not an array', parseInt: (s) => `parsed ${s}` });
console.log(vm.runInContext('Array + " / " + parseInt("7")', shadow));

// Symbols work as keys.
const sym = Symbol('s');
const withSymbol = vm.createContext({ sym, [sym]: 'symbol value' });
console.log(vm.runInContext('this[sym]', withSymbol));

// Inherited properties of the object are visible.
const proto = { inherited: 'from proto' };
const child = vm.createContext(Object.create(proto));
console.log(vm.runInContext('inherited', child));

// Reading an unknown name is a ReferenceError of the context.
try {
  vm.runInContext('missing', child);
} catch (err) {
  console.log(err.name, err.message, err instanceof ReferenceError);
}

// Freezing the object makes assignment fail silently in sloppy code.
const frozen = vm.createContext(Object.freeze({ ice: 1 }));
vm.runInContext('ice = 2', frozen);
console.log(vm.runInContext('ice', frozen));

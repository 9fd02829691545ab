// The global object of a context: its built-ins are its own and not on the sandbox, properties added
// from either side after creation are shared, and values cross with their realm's prototypes.
const vm = require('node:vm');

const sandbox = { shared: 1 };
const context = vm.createContext(sandbox);
console.log(vm.runInContext('typeof Object + typeof Array + typeof Promise + typeof Symbol + typeof globalThis', context));
console.log(Object.keys(sandbox), 'Object' in sandbox, 'Array' in sandbox);
console.log(vm.runInContext('Object.getOwnPropertyNames(globalThis).includes("Array")', context));
console.log(vm.runInContext('["Array", "JSON", "Math", "shared"].map((k) => Object.keys(globalThis).includes(k)).join()', context));

sandbox.addedOutside = 'outside';
vm.runInContext('globalThis.addedInside = "inside"; this.viaThis = "this"', context);
console.log(vm.runInContext('addedOutside', context), sandbox.addedInside, sandbox.viaThis);

// Symbols keyed on the sandbox are visible inside.
const key = Symbol.for('shared.key');
sandbox[key] = 'symbol';
console.log(vm.runInContext('globalThis[Symbol.for("shared.key")]', context));

// Values made inside have the context's prototypes; host values keep the host's.
const inside = vm.runInContext('({ arr: [1], obj: {}, fn() {}, date: new Date(0), re: /x/g, map: new Map() })', context);
const InnerObject = vm.runInContext('Object', context);
for (const [name, value] of Object.entries(inside)) {
  console.log(name, value instanceof Object, value instanceof InnerObject, Object.prototype.toString.call(value));
}
console.log(JSON.stringify(inside), Array.isArray(inside.arr), inside.date.getTime(), inside.re.flags);
sandbox.hostArr = [1, 2];
console.log(vm.runInContext('hostArr instanceof Array', context), vm.runInContext('Array.isArray(hostArr)', context));

// Structured data passes through JSON and spread alike.
console.log(vm.runInContext('JSON.stringify({ ...{ a: 1 }, b: [...hostArr] })', context));
console.log({ ...vm.runInContext('({ x: 1, y: [2] })', context) });

// A fresh context does not see another's additions to its built-ins.
vm.runInContext('Object.prototype.polluted = true', context);
const other = vm.createContext({});
console.log(vm.runInContext('({}).polluted', context), vm.runInContext('({}).polluted', other), ({}).polluted);
console.log(vm.runInContext('Object.prototype.hasOwnProperty.call(globalThis, "polluted")', context), 'polluted' in sandbox);

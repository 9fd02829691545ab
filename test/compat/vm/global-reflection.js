// Reflection on a context's global from inside: which keys Object.keys / for-in / getOwnPropertyNames list (sorted:
// V8 orders the global's own copies ahead of the sandbox's keys), Reflect.* results, symbols, and the descriptors
// that different kinds of declarations and assignments leave on the sandbox.
const vm = require('node:vm');

const sym = Symbol('onSandbox');
const sandbox = { b: 2, a: 1, [sym]: 'symbol value', 10: 'ten', 2: 'two' };
Object.defineProperty(sandbox, 'hidden', { value: 'h', enumerable: false, configurable: true, writable: true });
vm.createContext(sandbox);
vm.runInContext('var declared = 1; assigned = 2; function fn() {} let lexical = 3', sandbox);

console.log('Object.keys inside:', vm.runInContext('Object.keys(globalThis)', sandbox).sort());
console.log('for-in inside:', vm.runInContext('const seen = []; for (const k in globalThis) seen.push(k); seen', sandbox).sort());
console.log('JSON inside:', JSON.stringify(Object.entries(JSON.parse(vm.runInContext('JSON.stringify(globalThis)', sandbox))).sort()));
console.log('own names (sandbox ones):', vm.runInContext('Object.getOwnPropertyNames(globalThis)', sandbox)
  .filter((k) => Object.hasOwn(sandbox, k)).sort());
console.log('own symbols include the sandbox one:', vm.runInContext('Object.getOwnPropertySymbols(globalThis)', sandbox)
  .includes(sym));
console.log('Object.keys outside:', Object.keys(sandbox));

for (const code of [
  'Reflect.has(globalThis, "a")',
  'Reflect.has(globalThis, "Array")',
  'Reflect.has(globalThis, "lexical")',
  'Reflect.defineProperty(globalThis, "viaReflect", { value: 7, configurable: true })',
  'Reflect.deleteProperty(globalThis, "viaReflect")',
  'Reflect.set(globalThis, "setByReflect", "s")',
  'Reflect.get(globalThis, "hidden")',
  'Object.prototype.propertyIsEnumerable.call(globalThis, "hidden")',
  'globalThis.hasOwnProperty("declared") && globalThis.hasOwnProperty("fn")',
]) {
  console.log(code, '->', vm.runInContext(code, sandbox));
}
console.log('after Reflect:', 'viaReflect' in sandbox, sandbox.setByReflect);

const describe = (key) => {
  const d = Object.getOwnPropertyDescriptor(sandbox, key);
  return d && `${key}: ${typeof d.value} w=${d.writable} e=${d.enumerable} c=${d.configurable}`;
};
console.log(['a', 'declared', 'assigned', 'fn', 'setByReflect', 'hidden', 'lexical'].map(describe));

// Redefining and deleting from inside.
console.log(vm.runInContext('Object.defineProperty(globalThis, "a", { enumerable: false }); Object.keys(globalThis).includes("a")', sandbox),
  Object.keys(sandbox).includes('a'), sandbox.a);
console.log(vm.runInContext('delete globalThis.b', sandbox), 'b' in sandbox, vm.runInContext('typeof b', sandbox));
console.log(vm.runInContext('delete globalThis[10]', sandbox), Object.keys(sandbox));

// Accessors and special objects as the sandbox: getters/setters run on reads and assignments from the
// context, strict-mode writes to read-only properties throw, and a Proxy sandbox sees the lookups.
const vm = require('node:vm');

const calls = [];
let stored = 1;
const sandbox = {
  get counter() { calls.push('get'); return stored; },
  set counter(v) { calls.push(`set ${v}`); stored = v * 10; },
};
Object.defineProperty(sandbox, 'readOnly', { value: 'ro', writable: false, enumerable: true, configurable: false });
vm.createContext(sandbox);

console.log(vm.runInContext('counter + 1', sandbox), calls.splice(0));
console.log(vm.runInContext('counter = 5; counter', sandbox), calls.splice(0), stored);
console.log(vm.runInContext('counter++; counter', sandbox), calls.splice(0));
console.log(vm.runInContext('typeof Object.getOwnPropertyDescriptor(globalThis, "counter").set', sandbox));
console.log(vm.runInContext('readOnly = "changed"; readOnly', sandbox));
console.log(vm.runInContext('"use strict"; try { readOnly = "changed"; "no error" } catch (e) { e.constructor.name }', sandbox));
console.log(vm.runInContext('Object.keys(globalThis).join()', sandbox));
console.log(vm.runInContext('[ "counter" in globalThis, globalThis.hasOwnProperty("readOnly"), "nothing" in globalThis ].join()', sandbox));

// A getter defined from inside the context lands on the sandbox and works from outside.
vm.runInContext('Object.defineProperty(globalThis, "inside", { get() { return "got " + readOnly }, configurable: true, enumerable: true })', sandbox);
console.log(sandbox.inside, typeof Object.getOwnPropertyDescriptor(sandbox, 'inside').get);

// A Proxy as the sandbox: reads and writes of globals go through its traps.
const trapLog = [];
const target = { base: 2 };
const proxy = new Proxy(target, {
  get(t, key, receiver) {
    if (typeof key === 'string') trapLog.push(`get ${key}`);
    return Reflect.get(t, key, receiver);
  },
  set(t, key, value, receiver) {
    trapLog.push(`set ${String(key)}=${value}`);
    return Reflect.set(t, key, value, receiver);
  },
});
vm.createContext(proxy);
console.log(vm.runInContext('result = base * 21; result', proxy));
console.log([...new Set(trapLog)].filter((e) => /base|result/.test(e)), target.result);

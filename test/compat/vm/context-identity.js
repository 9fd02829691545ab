// Who is who between a sandbox and its context's global: the sandbox is the contextified object but not the
// global the code sees (globalThis, this), properties flow both ways, vm.isContext's answers and refusals,
// runInNewContext's global is no context, and descriptors (read-only, accessors defined from inside) as each side
// sees them.
const vm = require('node:vm');
const sandbox = { a: 1 };
const ctx = vm.createContext(sandbox);
const g = vm.runInContext('globalThis', ctx);
console.log(ctx === sandbox, g === sandbox, vm.runInContext('this', ctx) === g, vm.isContext(g), vm.isContext(sandbox));
console.log(g.a, Object.keys(g).includes('a'), 'Array' in g, typeof g.Array, g.Array === Array);
g.b = 2;
console.log(sandbox.b, vm.runInContext('b', ctx));
sandbox.c = 3;
console.log(g.c);
for (const v of [undefined, null, 1, 'x', Symbol('s'), () => {}, [], new Proxy({}, {})]) {
  try {
    console.log('isContext', typeof v, vm.isContext(v));
  } catch (e) {
    console.log('isContext', typeof v, e.code, e.message);
  }
}
try {
  vm.isContext();
} catch (e) {
  console.log('none', e.code, e.message);
}
const g2 = vm.runInNewContext('globalThis');
console.log(vm.isContext(g2), typeof g2, Object.keys(g2));
const nested = vm.runInContext('this.self = globalThis; self === this', ctx);
console.log(nested, sandbox.self === sandbox, sandbox.self === g);
console.log(vm.runInContext('Object.getOwnPropertyDescriptor(globalThis, "a")', ctx));
Object.defineProperty(sandbox, 'ro', { value: 9, writable: false, enumerable: false, configurable: false });
console.log(vm.runInContext('ro = 10; ro', ctx), vm.runInContext('Object.getOwnPropertyDescriptor(globalThis, "ro")', ctx));
vm.runInContext('Object.defineProperty(globalThis, "fromInside", { get() { return "got"; }, enumerable: true, configurable: true })', ctx);
console.log(Object.getOwnPropertyDescriptor(sandbox, 'fromInside'), sandbox.fromInside);

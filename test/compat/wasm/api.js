// The WebAssembly namespace: compile, instantiate (bytes and module), validate, Module's static reflection,
// Instance exports, i64 as BigInt, and what an exported function looks like.
import { wasmModule, i32, i64, f64, op } from './fixtures/wasm.js';

const bytes = wasmModule({
  types: [[[i32, i32], [i32]], [[i64, i64], [i64]], [[f64, f64], [f64]], [[i32], []]],
  imports: [{ module: 'env', name: 'log', kind: 'func', type: 3 }],
  funcs: [
    { type: 0, body: [op.localGet, 0, op.localGet, 1, op.i32Add] },
    { type: 1, body: [op.localGet, 0, op.localGet, 1, op.i64Add] },
    { type: 2, body: [op.localGet, 0, op.localGet, 1, op.f64Add] },
    { type: 3, body: [op.localGet, 0, op.call, 0] },
  ],
  memories: [{ min: 1, max: 4 }],
  globals: [{ type: i32, mutable: false, init: [op.i32Const, 42] }],
  exports: [
    { name: 'add', kind: 'func', index: 1 }, { name: 'add64', kind: 'func', index: 2 },
    { name: 'addf', kind: 'func', index: 3 }, { name: 'callLog', kind: 'func', index: 4 },
    { name: 'mem', kind: 'memory', index: 0 }, { name: 'answer', kind: 'global', index: 0 },
  ],
  custom: [{ name: 'note', bytes: [1, 2, 3] }, { name: 'note', bytes: [4] }],
});

console.log(Object.prototype.toString.call(WebAssembly), typeof WebAssembly.Module, typeof WebAssembly.Instance);
console.log(WebAssembly.validate(bytes), WebAssembly.validate(new Uint8Array([0, 97, 115, 109, 2, 0, 0, 0])));
console.log(WebAssembly.validate(bytes.buffer));

const logged = [];
const imports = { env: { log: (x) => logged.push(x) } };
const { module, instance } = await WebAssembly.instantiate(bytes, imports);
console.log(module instanceof WebAssembly.Module, instance instanceof WebAssembly.Instance);
console.log(Object.prototype.toString.call(module), Object.prototype.toString.call(instance));
console.log(WebAssembly.Module.exports(module));
console.log(WebAssembly.Module.imports(module));
const sections = WebAssembly.Module.customSections(module, 'note');
console.log(sections.length, sections.map((s) => [...new Uint8Array(s)]), sections[0] instanceof ArrayBuffer);
console.log(WebAssembly.Module.customSections(module, 'none'));

const { exports } = instance;
console.log(Object.keys(exports), Object.isFrozen(exports), Object.getPrototypeOf(exports));
console.log(exports.add(2, 3), exports.add(0x7fffffff, 1), exports.add('4', 1.9));
console.log(exports.add64(2n, 3n), exports.add64(0x7fffffffffffffffn, 1n));
console.log(exports.addf(0.5, 0.25));
exports.callLog(7);
exports.callLog(-1);
console.log(logged);
console.log(typeof exports.add, exports.add.length, exports.add.name, exports.callLog.name);
console.log(exports.answer instanceof WebAssembly.Global, exports.answer.value);
console.log(exports.mem instanceof WebAssembly.Memory, exports.mem.buffer.byteLength);

const again = await WebAssembly.instantiate(module, imports);
console.log(again instanceof WebAssembly.Instance, again.exports.add(1, 1), again.exports.add === exports.add);

const compiled = await WebAssembly.compile(bytes);
console.log(compiled instanceof WebAssembly.Module);
const direct = new WebAssembly.Instance(new WebAssembly.Module(bytes), imports);
console.log(direct.exports.add(20, 22));
try {
  exports.add64(1, 2);
} catch (e) {
  console.log(e.name);
}

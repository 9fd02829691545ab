// WebAssembly.Memory, Table and Global made from JavaScript and shared with a module.
import { wasmModule, i32, i64, op } from './fixtures/wasm.js';

const memory = new WebAssembly.Memory({ initial: 1, maximum: 3 });
const before = memory.buffer;
console.log(before.byteLength, before instanceof ArrayBuffer, memory.buffer === before);
new Uint32Array(before)[1] = 0xdeadbeef;
console.log(memory.grow(1), before.byteLength, memory.buffer.byteLength, new Uint32Array(memory.buffer)[1].toString(16));
console.log(memory.grow(0), memory.buffer.byteLength);
try {
  memory.grow(5);
} catch (e) {
  console.log(e.name);
}

// A module reading and writing the imported memory and a mutable imported global.
const bytes = wasmModule({
  types: [[[i32], [i32]], [[i32, i32], []], [[], [i32]], [[i32], []]],
  imports: [
    { module: 'js', name: 'mem', kind: 'memory', min: 1 },
    { module: 'js', name: 'counter', kind: 'global', type: i32, mutable: true },
  ],
  funcs: [
    { type: 0, body: [op.localGet, 0, op.i32Load, 2, 0] },
    { type: 1, body: [op.localGet, 0, op.localGet, 1, op.i32Store, 2, 0] },
    { type: 2, body: [op.globalGet, 0] },
    { type: 3, body: [op.globalGet, 0, op.localGet, 0, op.i32Add, op.globalSet, 0] },
    { type: 2, body: [op.i32Const, 1, op.memoryGrow, 0] },
  ],
  exports: [
    { name: 'load', kind: 'func', index: 0 }, { name: 'store', kind: 'func', index: 1 },
    { name: 'get', kind: 'func', index: 2 }, { name: 'bump', kind: 'func', index: 3 },
    { name: 'grow', kind: 'func', index: 4 },
  ],
});
const counter = new WebAssembly.Global({ value: 'i32', mutable: true }, 40);
const { instance } = await WebAssembly.instantiate(bytes, { js: { mem: memory, counter } });
const { load, store, get, bump, grow } = instance.exports;
console.log(load(4).toString(16) === 'deadbeef', load(4) >>> 0);
store(8, 12345);
console.log(new Int32Array(memory.buffer)[2]);
bump(2);
console.log(get(), counter.value, counter.valueOf());
counter.value = 7;
console.log(get());
const old = memory.buffer;
console.log(grow(), old.byteLength, memory.buffer.byteLength);
console.log(grow(), memory.buffer.byteLength);

// Globals of each type; immutable ones refuse a new value.
const fixed = new WebAssembly.Global({ value: 'i32' }, 5);
try {
  fixed.value = 6;
} catch (e) {
  console.log(e.name, fixed.value);
}
console.log(new WebAssembly.Global({ value: 'i64', mutable: true }, 5n).value);
console.log(new WebAssembly.Global({ value: 'f32' }, 1.1).value, new WebAssembly.Global({ value: 'f64' }, 1.1).value);
console.log(new WebAssembly.Global({ value: 'i32' }).value, new WebAssembly.Global({ value: 'i64' }).value);
const big = new WebAssembly.Global({ value: 'i64', mutable: true }, 0n);
big.value = 2n ** 63n;
console.log(big.value);

// Tables of functions: get, set, grow, length.
const table = new WebAssembly.Table({ element: 'anyfunc', initial: 2, maximum: 4 });
console.log(table.length, table.get(0), table.grow(1), table.length);
table.set(0, load);
console.log(table.get(0) === load, table.get(0)(4) >>> 0);
try {
  table.grow(10);
} catch (e) {
  console.log(e.name);
}
try {
  table.set(1, () => 1);
} catch (e) {
  console.log(e.name);
}
const refs = new WebAssembly.Table({ element: 'externref', initial: 1 });
refs.set(0, { some: 'object' });
console.log(refs.get(0), refs.length);
// A wasm i64 global seen from JavaScript.
const withI64 = wasmModule({
  globals: [{ type: i64, mutable: true, init: [op.i64Const, ...[0x7f]] }],
  exports: [{ name: 'g', kind: 'global', index: 0 }],
});
const g = (await WebAssembly.instantiate(withI64)).instance.exports.g;
console.log(g.value, typeof g.value);

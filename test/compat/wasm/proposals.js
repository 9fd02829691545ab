// Which WebAssembly proposals compile: those V8 in Node 24 ships and GraalWasm has (some behind options jnode
// sets). Tail calls, exception handling and threads are left out: GraalWasm lacks or cannot enable them
// (docs/compat.md).
import { wasmModule, i32, op, uleb } from './fixtures/wasm.js';

const v128 = 0x7b;
const v128Const = (byte) => [0xfd, 0x0c, ...new Array(16).fill(byte)];
const simd = (opcode) => [0xfd, ...uleb(opcode)];
const cases = {
  'multi-value': wasmModule({
    types: [[[], [i32, i32]]],
    funcs: [{ type: 0, body: [op.i32Const, 1, op.i32Const, 2] }],
  }),
  'extended-const': wasmModule({
    globals: [{ type: i32, mutable: false, init: [op.i32Const, 1, op.i32Const, 2, op.i32Add] }],
  }),
  'multi-memory': wasmModule({ memories: [{ min: 1 }, { min: 1 }] }),
  'simd': wasmModule({ types: [[[], [v128]]], funcs: [{ type: 0, body: v128Const(1) }] }),
  'relaxed-simd': wasmModule({
    types: [[[], [v128]]],
    funcs: [{ type: 0, body: [...v128Const(1), ...v128Const(2), ...simd(0x100)] }],
  }),
  'sign-extension': wasmModule({
    types: [[[i32], [i32]]],
    funcs: [{ type: 0, body: [op.localGet, 0, 0xc0] }],
  }),
  'bulk-memory': wasmModule({
    types: [[[], []]],
    funcs: [{ type: 0, body: [op.i32Const, 0, op.i32Const, 0, op.i32Const, 0, 0xfc, 11, 0] }],
    memories: [{ min: 1 }],
  }),
};
for (const [name, bytes] of Object.entries(cases)) {
  console.log(name, WebAssembly.validate(bytes));
}
const { instance } = await WebAssembly.instantiate(cases['extended-const']);
console.log(Object.keys(instance.exports));
const twoMemories = wasmModule({
  memories: [{ min: 1 }, { min: 2 }],
  exports: [{ name: 'a', kind: 'memory', index: 0 }, { name: 'b', kind: 'memory', index: 1 }],
});
const { exports } = (await WebAssembly.instantiate(twoMemories)).instance;
console.log(exports.a.buffer.byteLength, exports.b.buffer.byteLength);

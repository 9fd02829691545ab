// CompileError, LinkError and RuntimeError: classes, and which operation throws which.
import { wasmModule, i32, op } from './fixtures/wasm.js';

for (const E of [WebAssembly.CompileError, WebAssembly.LinkError, WebAssembly.RuntimeError]) {
  const e = new E('m');
  console.log(E.name, e.name, e.message, e instanceof Error, Object.getPrototypeOf(E) === Error, String(e));
}

async function outcome(label, fn) {
  try {
    await fn();
    console.log(label, 'ok');
  } catch (e) {
    console.log(label, e.constructor.name, e.name, e instanceof Error);
  }
}

const bad = new Uint8Array([0, 97, 115, 109, 1, 0, 0, 0, 1]);
await outcome('new Module(bad)', () => new WebAssembly.Module(bad));
await outcome('compile(bad)', () => WebAssembly.compile(bad));
await outcome('instantiate(bad)', () => WebAssembly.instantiate(bad));
await outcome('compile(string)', () => WebAssembly.compile('nope'));
await outcome('new Module()', () => new WebAssembly.Module());
await outcome('Module()', () => WebAssembly.Module(bad));
await outcome('validate(1)', () => WebAssembly.validate(1));

const needsImport = wasmModule({
  types: [[[], [i32]]],
  imports: [{ module: 'env', name: 'f', kind: 'func', type: 0 }],
  exports: [{ name: 'f', kind: 'func', index: 0 }],
});
await outcome('no import object', () => WebAssembly.instantiate(needsImport));
await outcome('no module', () => WebAssembly.instantiate(needsImport, {}));
await outcome('not a function', () => WebAssembly.instantiate(needsImport, { env: { f: 1 } }));
await outcome('wrong memory', () => new WebAssembly.Instance(new WebAssembly.Module(needsImport), { env: { f: {} } }));
const reexported = new WebAssembly.Instance(new WebAssembly.Module(needsImport), { env: { f: () => 'x' } });
console.log(reexported.exports.f());

const traps = wasmModule({
  types: [[[], []], [[i32, i32], [i32]], [[i32], [i32]]],
  funcs: [
    { type: 0, body: [op.unreachable] },
    { type: 1, body: [op.localGet, 0, op.localGet, 1, op.i32DivS] },
    { type: 2, body: [op.localGet, 0, op.i32Load, 2, 0] },
  ],
  memories: [{ min: 1 }],
  exports: [{ name: 'boom', kind: 'func', index: 0 }, { name: 'div', kind: 'func', index: 1 },
    { name: 'load', kind: 'func', index: 2 }],
});
const { boom, div, load } = (await WebAssembly.instantiate(traps)).instance.exports;
await outcome('unreachable', () => boom());
await outcome('divide by zero', () => div(1, 0));
await outcome('overflow', () => div(-0x80000000, -1));
await outcome('out of bounds', () => load(65536));
console.log(div(7, 2), load(65532));
await outcome('new Memory({initial: 2, maximum: 1})', () => new WebAssembly.Memory({ initial: 2, maximum: 1 }));
await outcome('new Global({value: "x"})', () => new WebAssembly.Global({ value: 'x' }));
await outcome('new Table({element: "x"})', () => new WebAssembly.Table({ element: 'x', initial: 1 }));
await outcome('Instance(bytes)', () => new WebAssembly.Instance(traps));

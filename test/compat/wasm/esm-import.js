// Importing .wasm files as ES modules: exports as bindings, imports from JavaScript modules, the start function
// running at evaluation, the namespace, extensionless wasm in a "type": "module" folder, and source phase imports.
// (Its exported globals are left out: Node gives their values, GraalJS WebAssembly.Global objects; docs/compat.md.)
import { add, memory } from './fixtures/math.wasm';
import * as math from './fixtures/math.wasm';
import { run } from './fixtures/uses-host.wasm';
import { logged } from './fixtures/host.js';
import { seven } from './fixtures/noext/math';
import source mathSource from './fixtures/math.wasm';

console.log(add(2, 3), add.name, add.length, memory instanceof WebAssembly.Memory, memory.buffer.byteLength);
console.log(Object.keys(math), math[Symbol.toStringTag], math['not an identifier'](1, 1));
console.log(logged, run(), seven());

const again = await import('./fixtures/math.wasm');
console.log(again === math, again.add === add);

console.log(mathSource instanceof WebAssembly.Module, WebAssembly.Module.exports(mathSource).length);
const dynamicSource = await import.source('./fixtures/math.wasm');
console.log(dynamicSource === mathSource, Object.prototype.toString.call(dynamicSource));
const instance = new WebAssembly.Instance(dynamicSource);
console.log(instance.exports.add(40, 2), instance.exports.add === add);

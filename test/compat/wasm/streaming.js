// compileStreaming and instantiateStreaming over fetch's Response, and Node's checks of the response.
import { wasmModule, i32, op } from './fixtures/wasm.js';

const bytes = wasmModule({
  types: [[[i32], [i32]]],
  imports: [{ module: 'env', name: 'twice', kind: 'func', type: 0 }],
  funcs: [{ type: 0, body: [op.localGet, 0, op.call, 0] }],
  exports: [{ name: 'run', kind: 'func', index: 1 }],
});
const wasmResponse = (body = bytes, init = {}) =>
  new Response(body, { headers: { 'Content-Type': 'application/wasm' }, ...init });

console.log(WebAssembly.compileStreaming.name, WebAssembly.compileStreaming.length,
  WebAssembly.instantiateStreaming.name, WebAssembly.instantiateStreaming.length);
console.log(Object.keys(WebAssembly).filter((k) => k !== 'promising'));

const module = await WebAssembly.compileStreaming(wasmResponse());
console.log(module instanceof WebAssembly.Module, WebAssembly.Module.imports(module));
const imports = { env: { twice: (x) => x * 2 } };
const { instance } = await WebAssembly.instantiateStreaming(Promise.resolve(wasmResponse()), imports);
console.log(instance.exports.run(21));
const streamed = new ReadableStream({
  start(controller) {
    controller.enqueue(bytes.slice(0, 5));
    controller.enqueue(bytes.slice(5));
    controller.close();
  },
});
console.log((await WebAssembly.instantiateStreaming(wasmResponse(streamed), imports)).instance.exports.run(5));

async function failure(label, promise) {
  try {
    await promise;
    console.log(label, 'ok');
  } catch (e) {
    console.log(label, e.name, e.code, e.message);
  }
}
await failure('not a response', WebAssembly.compileStreaming(bytes));
await failure('promise of a string', WebAssembly.compileStreaming(Promise.resolve('x')));
await failure('no content type', WebAssembly.compileStreaming(new Response(bytes)));
await failure('other content type', WebAssembly.compileStreaming(
  new Response(bytes, { headers: { 'content-type': 'application/octet-stream' } })));
await failure('status 404', WebAssembly.compileStreaming(wasmResponse(bytes, { status: 404 })));
const used = wasmResponse();
await used.arrayBuffer();
await failure('body used', WebAssembly.compileStreaming(used));
await failure('rejected promise', WebAssembly.compileStreaming(Promise.reject(new Error('network down'))));
await failure('bad bytes', WebAssembly.compileStreaming(wasmResponse(new Uint8Array([1, 2, 3, 4])))
  .catch((e) => { throw new Error(e.constructor.name); }));

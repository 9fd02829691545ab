// What the structured clone refuses (DataCloneError: its name, code, message and class) for functions, symbols,
// weak collections, promises, proxies, host objects; a throwing getter's own error; transfer lists with
// non-transferable or detached entries; and that a refused message leaves nothing queued.
const { MessageChannel, receiveMessageOnPort } = require('node:worker_threads');

const { port1, port2 } = new MessageChannel();
function attempt(label, value, transfer) {
  try {
    port1.postMessage(value, transfer);
    const got = receiveMessageOnPort(port2);
    console.log(label, 'ok', got && typeof got.message);
  } catch (e) {
    console.log(label, '->', e.constructor.name, e.name, e.code, e instanceof DOMException, JSON.stringify(e.message));
  }
}

attempt('function', { f() {} });
attempt('arrow in array', [1, () => 2]);
attempt('symbol value', { s: Symbol('x') });
attempt('WeakMap', new WeakMap());
attempt('WeakSet', new WeakSet());
attempt('WeakRef', new WeakRef({}));
attempt('Promise', Promise.resolve(1));
attempt('Proxy', new Proxy({}, {}));
attempt('generator', (function* () {})());
attempt('global object', { g: globalThis });
attempt('throwing getter', { get boom() { throw new RangeError('from getter'); } });
attempt('class', class A {});
attempt('AbortSignal', new AbortController().signal);

const sab = new SharedArrayBuffer(4);
attempt('SharedArrayBuffer in transferList', null, [sab]);
attempt('string in transferList', null, ['x']);
attempt('typed array in transferList', null, [new Uint8Array(4)]);
const ab = new ArrayBuffer(4);
port1.postMessage(ab, [ab]);
receiveMessageOnPort(port2);
attempt('detached buffer as value', ab);
const ab2 = new ArrayBuffer(2);
attempt('buffer twice', { a: ab2 }, [ab2, ab2]);
console.log('after a refused transfer', ab2.byteLength);
console.log('nothing queued', receiveMessageOnPort(port2));
attempt('structuredClone too', undefined);
try {
  structuredClone(() => {});
} catch (e) {
  console.log('structuredClone', e.name, e.code, e.message);
}
try {
  structuredClone(1, { transfer: [1] });
} catch (e) {
  console.log('structuredClone transfer', e.name, e.code, e.message);
}
port1.close();

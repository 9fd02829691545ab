// The structured clone through a MessagePort (read back with receiveMessageOnPort): primitives, -0 and NaN, BigInt,
// wrappers, Date, RegExp, Map/Set, cycles and shared references, Errors, sparse arrays, views on one buffer, and what
// is lost (prototypes, symbol keys, accessors become values, non-enumerable properties).
const { MessageChannel, receiveMessageOnPort } = require('node:worker_threads');
const util = require('node:util');

const { port1, port2 } = new MessageChannel();
function roundTrip(value) {
  port1.postMessage(value);
  return receiveMessageOnPort(port2).message;
}
const show = (label, v) => console.log(label, util.inspect(v, { depth: 4, showHidden: false }));

for (const v of [undefined, null, true, 0, -0, NaN, Infinity, 1e300, 'str\u00e9\u{1F600}', 12345678901234567890n, -1n]) {
  const r = roundTrip(v);
  console.log('primitive', typeof r, Object.is(r, v), util.inspect(r));
}
show('wrappers', roundTrip([new Number(3), new String('s'), new Boolean(false), Object(7n)]));
const d = roundTrip(new Date(86400000));
console.log('date', d instanceof Date, d.toISOString(), roundTrip(new Date(NaN)).getTime());
const re = /a+b/giu;
re.lastIndex = 3;
const re2 = roundTrip(re);
console.log('regexp', re2 instanceof RegExp, re2.source, re2.flags, re2.lastIndex);
show('map/set', roundTrip({ m: new Map([[1, { a: 1 }], ['k', new Set([1, 'x'])]]), s: new Set([[1], { b: 2 }]) }));

const shared = { tag: 'shared' };
const graph = { a: shared, b: shared, list: [shared] };
graph.self = graph;
graph.list.push(graph.list);
const g = roundTrip(graph);
console.log('cycles', g.self === g, g.a === g.b, g.list[0] === g.a, g.list[1] === g.list);

for (const e of [new Error('plain'), new TypeError('typed'), new RangeError('range'), new SyntaxError('syn'),
  new EvalError('ev'), new URIError('uri'), new ReferenceError('ref')]) {
  const r = roundTrip(e);
  console.log('error', r.constructor.name, r.name, r.message, r instanceof Error, typeof r.stack);
}
const custom = new Error('with extras', { cause: 'because' });
custom.code = 'E_CODE';
custom.name = 'CustomName';
const ce = roundTrip(custom);
console.log('error extras', ce.constructor.name, ce.name, ce.message, ce.code, ce.cause);
class MyError extends Error {}
console.log('subclass', roundTrip(new MyError('sub')).constructor.name);

const sparse = [1, , 3];
sparse[10] = 'ten';
sparse.extra = 'prop';
const sp = roundTrip(sparse);
console.log('sparse', sp.length, 1 in sp, sp[10], sp.extra, Object.keys(sp));

const buf = new ArrayBuffer(8);
const u8 = new Uint8Array(buf, 2, 4);
const f32 = new Float32Array(buf, 4, 1);
u8.set([1, 2, 3, 4]);
const views = roundTrip({ u8, f32, dv: new DataView(buf, 1, 3), buf });
console.log('views share one buffer', views.u8.buffer === views.f32.buffer, views.u8.buffer === views.buf,
  views.u8.byteOffset, views.u8.length, views.dv.byteOffset, views.dv.byteLength, views.buf.byteLength);
show('typed arrays', roundTrip([new Int16Array([-1, 2]), new BigInt64Array([5n]), new Float64Array([0.5]),
  new Uint8ClampedArray([300 & 255])]));
const nodeBuf = roundTrip(Buffer.from('hi'));
console.log('Buffer arrives as', nodeBuf.constructor.name, nodeBuf);

class Point { constructor() { this.x = 1; } get len() { return 5; } }
const p = roundTrip(new Point());
console.log('class instance', p.constructor.name, p, Object.getPrototypeOf(p) === Object.prototype);
const withAccessor = { get computed() { return 'value'; }, [Symbol('hidden')]: 1 };
Object.defineProperty(withAccessor, 'secret', { value: 1, enumerable: false });
const wa = roundTrip(withAccessor);
console.log('accessor', Object.getOwnPropertyDescriptor(wa, 'computed'), 'secret' in wa, Object.getOwnPropertySymbols(wa).length);
const order = roundTrip({ b: 1, a: 2, 1: 'one', 0: 'zero' });
console.log('key order', Object.keys(order));
console.log('same as structuredClone', util.isDeepStrictEqual(structuredClone(graph), roundTrip(graph)));
port1.close();

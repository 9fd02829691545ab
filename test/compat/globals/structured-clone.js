// structuredClone: what is copied, what is shared, what is refused, and the errors' shapes.
'use strict';
const show = (label, fn) => {
  try {
    console.log(label, fn());
  } catch (e) {
    console.log(label, 'throws', e.name, e.code, e.constructor.name, e.message);
  }
};

show('symbol', () => structuredClone(Symbol('x')));
show('function', () => structuredClone(function foo() {}));
show('nested arrow', () => structuredClone({ a: () => 1 }));
show('weakmap', () => structuredClone(new WeakMap()));
show('promise', () => structuredClone(Promise.resolve()));
show('proxy', () => structuredClone(new Proxy({}, {})));
show('boxed symbol', () => structuredClone(Object(Symbol('b'))));
show('no args', () => structuredClone());
show('transfer not a sequence', () => structuredClone(1, { transfer: 1 }));
show('options not a dictionary', () => structuredClone(1, 1));
show('transfer primitive', () => structuredClone(1, { transfer: [1] }));
show('transfer duplicate', () => { const ab = new ArrayBuffer(2); return structuredClone(1, { transfer: [ab, ab] }); });
show('class instance', () => structuredClone(new (class X { #p = 1; y = 2; })()));
show('null proto', () => Object.getPrototypeOf(structuredClone(Object.create(null))) === Object.prototype);

class MyError extends Error {}
const e = new MyError('m');
e.extra = 1;
e.cause = 5;
const ce = structuredClone(e);
console.log('error', ce.constructor.name, ce.message, Object.getOwnPropertyNames(ce), ce.cause, ce.stack === e.stack);
const te = new TypeError('t');
te.name = 'Foo';
console.log('renamed TypeError', structuredClone(te).name, structuredClone(new RangeError('r')) instanceof RangeError);
console.log('cause error', structuredClone(new Error('x', { cause: new Error('y') })).cause.message);

const sparse = [1, , 3];
sparse.x = 5;
const cs = structuredClone(sparse);
console.log('sparse', cs, 1 in cs);
const re = /a/gi;
re.lastIndex = 3;
console.log('regexp', structuredClone(re), structuredClone(re).lastIndex);
const o = {};
o.self = o;
const m = new Map([[o, o]]);
const cm = structuredClone(m);
console.log('map', cm, [...cm.keys()][0] === [...cm.values()][0], [...cm.keys()][0] !== o);
console.log('set', structuredClone(new Set([1, 'a', o])));
const ab = new ArrayBuffer(8);
const views = structuredClone({ u: new Uint8Array(ab, 2, 3), d: new DataView(ab), f: new Float64Array(1) });
console.log('views', views, views.u.buffer === views.d.buffer, views.u.buffer !== ab);
const moved = new ArrayBuffer(4);
new Uint8Array(moved)[0] = 7;
const cmoved = structuredClone({ moved }, { transfer: [moved] });
console.log('transfer', moved.byteLength, moved.detached, cmoved.moved.byteLength, new Uint8Array(cmoved.moved)[0]);
console.log('values', structuredClone(new Date(0)), structuredClone(Object(1n)), structuredClone(new String('s')),
  structuredClone(-0), structuredClone(Buffer.from('ab')), structuredClone(12345678901234567890n),
  structuredClone(undefined), structuredClone(null), structuredClone(new Boolean(false)));
console.log('getter', structuredClone({ get x() { return 1; }, [Symbol('s')]: 1 }));
const resizable = structuredClone(new ArrayBuffer(4, { maxByteLength: 8 }));
console.log('resizable', resizable.resizable, resizable.maxByteLength);
const sab = new SharedArrayBuffer(4);
new Uint8Array(structuredClone(sab))[0] = 9;
console.log('shared memory', new Uint8Array(sab)[0]);
console.log('shape', structuredClone.length, structuredClone.name,
  Object.getOwnPropertyDescriptor(globalThis, 'structuredClone').enumerable);

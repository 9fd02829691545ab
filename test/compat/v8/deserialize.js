// v8.deserialize of bytes Node 24 wrote (fixed here as hex), including forms v8.serialize never writes
// (padding, object-count checks, holes, UTF-8 and legacy versions), and round trips of every kind.
'use strict';
const v8 = require('v8');
const util = require('util');

const show = (value) => util.inspect(value, { depth: 4, showHidden: false });
const fixed = [
  ['int', 'ff0f4903'], ['double', 'ff0f4e000000000000f83f'], ['bigint 2**64', 'ff0f5a2000000000000000000100000000000000'],
  ['bigint 3 bytes', 'ff0f5a06010203'], ['negative bigint', 'ff0f5a110500000000000000'],
  ['one-byte string', 'ff0f2204636166e9'], ['two-byte string', 'ff0f63066100ac206200'], ['utf-8 string', 'ff0f5303e282ac'],
  ['padding', 'ff0f00004902'], ['verify count', 'ff0f3f004902'], ['uint32', 'ff0f55ff01'],
  ['object', 'ff0f6f220161490a7b01'], ['int and double keys', 'ff0f6f49022201784e000000000000f83f49027b02'],
  ['__proto__ key', 'ff0f6f22095f5f70726f746f5f5f49027b01'],
  ['cycle', 'ff0f6f220473656c665e007b01'], ['old version 13', 'ff0d6f2203666f6f5e007b01'],
  ['dense with holes', 'ff0f41032d49022d240003'], ['sparse', 'ff0f61034900490249044906400203'],
  ['dense with props', 'ff0f4102490249042201784902240102'],
  ['date', 'ff0f4400008079efd37542'], ['regexp', 'ff0f522203612b623f'], ['regexp v', 'ff0f522201788002'],
  ['boxed', 'ff0f410579786e000000000000084073220268697a100700000000000000240005'],
  ['map', 'ff0f3b49022201612201626f7b003a04'], ['set', 'ff0f2749022201782c02'],
  ['array buffer', 'ff0f4203010203'], ['resizable', 'ff0f7e02080102'],
  ['native views', 'ff0f410342040000000056420004005e0156570202005e01240003'],
  ['length-tracking view', 'ff0f7e020400005642000003'],
  ['host Uint8Array', 'ff0f5c0103010203'], ['host Buffer', 'ff0f5c0a026869'], ['host Float64Array', 'ff0f5c0808000000000000f83f'],
  ['host DataView', 'ff0f5c09020102'], ['host BigInt64Array', 'ff0f5c0b08ffffffffffffffff'],
  ['error', 'ff0f72546d2201747322015363490a2e'],
];
for (const [name, hex] of fixed) {
  // An unpooled copy, so that views over the input show only these bytes.
  const value = v8.deserialize(new Uint8Array(Buffer.from(hex, 'hex')));
  console.log(name.padEnd(22), show(value));
}

const error = v8.deserialize(Buffer.from('ff0f72546d2201747322015363490a2e', 'hex'));
console.log('error', error instanceof TypeError, error.message, error.stack, error.cause,
  Object.getOwnPropertyNames(error).sort(), Object.keys(error));
const proto = v8.deserialize(Buffer.from('ff0f6f22095f5f70726f746f5f5f49027b01', 'hex'));
console.log('__proto__ is own', Object.hasOwn(proto, '__proto__'), Object.getPrototypeOf(proto) === Object.prototype);

// A host view whose bytes sit at an aligned offset shares the input's memory; otherwise it is a copy.
const input = Buffer.from('ff0f5c0102abcd', 'hex');
const shared = v8.deserialize(input);
console.log('aligned shares memory', shared.buffer === input.buffer, [...shared]);
const unaligned = Buffer.alloc(20);
Buffer.from('ff0f5c0304cdab3412', 'hex').copy(unaligned, 1);
const copied = v8.deserialize(unaligned.subarray(1));
console.log('unaligned copied', copied.buffer === unaligned.buffer, copied);
console.log('Buffer comes back a Buffer', Buffer.isBuffer(v8.deserialize(v8.serialize(Buffer.from('x')))));

// Any view type holds the input.
const bytes = v8.serialize({ a: [1, 'b'] });
for (const view of [new Uint8Array(bytes), new DataView(bytes.buffer, bytes.byteOffset, bytes.length),
  new Uint16Array(new Uint8Array([...bytes, ...(bytes.length % 2 ? [0] : [])]).buffer)]) {
  console.log(view.constructor.name, show(v8.deserialize(view)));
}

// Round trips keep the value and mostly give the same bytes again (V8 reads a dense array into one that
// may have holes, which it then writes as sparse).
const cyclic = [];
cyclic.push(cyclic, { cyclic });
const values = [
  undefined, null, -0, 1.5, 2n ** 70n, 'caf\u00e9', '\u20ac\u{1f600}', { a: { b: [1, , 3] } }, // eslint-disable-line no-sparse-arrays
  new Date(86400000), /x/gi, new Map([[{}, new Set([1])]]), new Float32Array([1.5, 2]), new DataView(new ArrayBuffer(3)),
  Buffer.from('buffer'), new BigUint64Array([5n]), new ArrayBuffer(2, { maxByteLength: 4 }), cyclic,
  [new String('s'), new Number(-0), new Boolean(false), Object(1n)],
];
for (const value of values) {
  const bytes = v8.serialize(value);
  const back = v8.deserialize(bytes);
  console.log(show(back), v8.serialize(back).equals(bytes));
}
console.log('cycle kept', (() => { const back = v8.deserialize(v8.serialize(cyclic)); return back[0] === back && back[1].cyclic === back; })());

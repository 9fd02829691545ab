// Typed arrays, DataViews and Buffers: as host objects in Node's DefaultSerializer (v8.serialize), natively
// (buffer first, then a view record) in a plain v8.Serializer, and transferred ArrayBuffers.
'use strict';
const v8 = require('v8');

const hex = (value) => v8.serialize(value).toString('hex');
const ab = new ArrayBuffer(16);
new Uint8Array(ab).set([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16]);
class MyBytes extends Uint8Array {}

const views = [
  ['Int8Array', new Int8Array([1, -1])], ['Uint8Array', new Uint8Array([1, 2, 3])],
  ['Uint8ClampedArray', new Uint8ClampedArray([255])], ['Int16Array', new Int16Array([-2])],
  ['Uint16Array', new Uint16Array([0x102])], ['Int32Array', new Int32Array([-3])],
  ['Uint32Array', new Uint32Array([4])], ['Float16Array', new Float16Array([1.5])],
  ['Float32Array', new Float32Array([0.5])], ['Float64Array', new Float64Array([1.5])],
  ['BigInt64Array', new BigInt64Array([-1n])], ['BigUint64Array', new BigUint64Array([2n])],
  ['DataView', new DataView(ab, 1, 2)], ['Buffer', Buffer.alloc(2, 'hi')], ['pooled Buffer', Buffer.from('pool')],
  ['subclass', new MyBytes([9])], ['offset view', new Int16Array(ab, 2, 2)], ['empty', new Uint8Array(0)],
];
for (const [name, view] of views) console.log('host'.padEnd(8), name.padEnd(18), hex(view));
const twice = Buffer.from('a');
console.log('same view twice', hex([twice, twice, { twice }]));

function native(...values) {
  const serializer = new v8.Serializer();
  serializer.writeHeader();
  for (const value of values) serializer.writeValue(value);
  return serializer.releaseBuffer().toString('hex');
}
for (const [name, view] of views) {
  if (name === 'pooled Buffer') continue; // its bytes are the whole pool
  console.log('native'.padEnd(8), name.padEnd(18), native(view));
}
const two = new ArrayBuffer(4);
console.log('shared buffer', native([new Uint8Array(two), new Uint16Array(two, 2, 1), two]));
const rab = new ArrayBuffer(4, { maxByteLength: 8 });
console.log('resizable', native(new Uint8Array(rab), new Uint8Array(rab, 1, 2), new DataView(rab)));

const transferring = new v8.Serializer();
const moved = new ArrayBuffer(4);
transferring.transferArrayBuffer(3, moved);
transferring.writeHeader();
transferring.writeValue([moved, new Uint8Array(moved, 1)]);
console.log('transferred', transferring.releaseBuffer().toString('hex'), 'still attached', moved.byteLength);

const flagged = new v8.DefaultSerializer();
flagged._setTreatArrayBufferViewsAsHostObjects(false);
flagged.writeValue(new Uint8Array(2));
console.log('default serializer, views not host objects', flagged.releaseBuffer().toString('hex'));

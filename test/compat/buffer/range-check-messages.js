'use strict';
// The range errors of the read/write methods: which check runs first, and how each range is worded.
const attempts = [
  () => Buffer.alloc(0).writeUInt8(1, 0),
  () => Buffer.alloc(0).writeUInt8(1, 1.5),
  () => Buffer.alloc(2).writeUInt8(300, 'x'),
  () => Buffer.alloc(2).writeUInt8(300, 5),
  () => Buffer.alloc(2).writeUInt8(1, 5),
  () => Buffer.alloc(2).writeInt8(-200, 0),
  () => Buffer.alloc(3).writeUInt32LE(1, 0),
  () => Buffer.alloc(8).writeUInt32LE(1, 5),
  () => Buffer.alloc(8).writeUInt32LE(2 ** 32, 'a'),
  () => Buffer.alloc(8).writeIntLE(2 ** 40, 0, 5),
  () => Buffer.alloc(8).writeUIntBE(-1, 0, 6),
  () => Buffer.alloc(8).writeIntBE(1, 0, 7),
  () => Buffer.alloc(8).readIntLE(0, 1.5),
  () => Buffer.alloc(8).readIntLE(0, 'x'),
  () => Buffer.alloc(8).readIntLE(0, 0),
  () => Buffer.alloc(8).readUIntBE(0),
  () => Buffer.alloc(4).readDoubleLE(0),
  () => Buffer.alloc(4).readFloatLE(1),
  () => Buffer.alloc(4).readFloatLE(NaN),
  () => Buffer.alloc(4).readFloatLE(Infinity),
  () => Buffer.alloc(8).writeDoubleBE(1, 1),
  () => Buffer.alloc(4).writeFloatLE(1, -1),
  () => Buffer.alloc(8).writeBigInt64LE(2n ** 63n, 0),
  () => Buffer.alloc(8).writeBigUInt64BE(-1n, 0),
  () => Buffer.alloc(7).writeBigInt64LE(1n, 0),
  () => Buffer.alloc(8).writeBigInt64LE(1n, 1),
  () => Buffer.alloc(8).readBigInt64LE(1),
  () => Buffer.alloc(4).readBigUInt64BE(0),
  () => Buffer.alloc(8).readBigInt64LE('0'),
  () => Buffer.alloc(8).writeUInt16BE(1, 7),
  () => Buffer.alloc(8).readUInt16LE(-1),
  () => Buffer.alloc(8).readInt32BE(4.5),
  () => Buffer.alloc(8).writeInt16LE(40000, 100),
  () => Buffer.alloc(8).writeUIntLE(1, 4, 5),
  () => Buffer.alloc(8).readUIntLE(3, 6),
  () => Buffer.alloc(8).writeUInt8(NaN, 0),
];
for (const f of attempts) {
  const call = f.toString().slice(6);
  try {
    console.log(call, '->', f());
  } catch (e) {
    console.log(call, '!!', e.name, e.code, e.message);
  }
}

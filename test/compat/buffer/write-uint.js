'use strict';
const b = Buffer.alloc(8);
console.log(b.writeUInt8(255, 0), b.writeUint8(1, 1), b);
console.log(b.writeUInt16LE(0x1234, 2), b.writeUInt16BE(0x1234, 4), b);
console.log(b.writeUInt32LE(0xdeadbeef, 0), b);
console.log(b.writeUInt32BE(0xdeadbeef, 4), b);
console.log(b.writeUInt8(1.9), b.writeUInt16LE(258.5, 1), b.writeUint32BE(4294967295, 3), b);
console.log(b.writeUInt8(), b.writeUInt16BE(NaN, 2), b);

'use strict';
const b = Buffer.alloc(16);
console.log(b.writeBigInt64LE(-2n), b.readBigInt64LE(), b.readBigUInt64LE());
console.log(b.writeBigInt64BE(0x0102030405060708n, 8), b, b.readBigInt64BE(8), b.readBigUInt64LE(8));
console.log(b.writeBigUInt64LE(2n ** 64n - 1n), b.readBigUInt64LE(), b.readBigInt64LE());
console.log(b.writeBigUint64BE(123n, 0), b.readBigUint64BE(0), b.readBigUint64LE(0));
console.log(b.writeBigInt64LE(-(2n ** 63n)), b.readBigInt64LE(), b.writeBigInt64BE(2n ** 63n - 1n), b.readBigInt64BE());

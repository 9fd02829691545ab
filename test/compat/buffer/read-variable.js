'use strict';
const b = Buffer.from([0x12, 0x34, 0x56, 0x78, 0x90, 0xab, 0xcd]);
for (let n = 1; n <= 6; n++) {
  console.log(n, b.readUIntLE(0, n), b.readUIntBE(0, n), b.readIntLE(1, n), b.readIntBE(1, n), b.readUintBE(0, n));
}
const neg = Buffer.alloc(6, 0xff);
console.log(neg.readIntLE(0, 6), neg.readIntBE(0, 5), neg.readUIntLE(0, 6));

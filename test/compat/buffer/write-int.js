'use strict';
const b = Buffer.alloc(8);
console.log(b.writeInt8(-1, 0), b.writeInt8(127, 1), b);
console.log(b.writeInt16LE(-2, 2), b.writeInt16BE(-32768, 4), b);
console.log(b.writeInt32LE(-1, 0), b.writeInt32BE(-2147483648, 4), b);
console.log(b.writeInt16LE(-1.5, 0), b.writeInt32BE(-7.9, 4), b);

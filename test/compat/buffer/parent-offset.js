'use strict';
const ab = new ArrayBuffer(8);
const b = Buffer.from(ab, 2, 3);
console.log(b.parent === ab, b.offset, b.byteOffset);
const d = Object.getOwnPropertyDescriptor(Buffer.prototype, 'parent');
console.log(typeof d.get, d.set, d.enumerable, d.configurable);
console.log(Buffer.prototype.parent, Buffer.prototype.offset);

'use strict';
console.log(Buffer.isBuffer(Buffer.alloc(1)), Buffer.isBuffer(new Uint8Array(1)), Buffer.isBuffer('x'),
  Buffer.isBuffer(null), Buffer.isBuffer(Buffer.alloc(3).subarray(1)));
const b = Buffer.alloc(2);
console.log(b instanceof Uint8Array, b instanceof Buffer, Object.getPrototypeOf(Buffer) === Uint8Array);
console.log(b.constructor === Buffer, Buffer.name, Buffer.length, typeof Buffer.prototype.readUInt8);
console.log(Object.prototype.toString.call(b), ArrayBuffer.isView(b));

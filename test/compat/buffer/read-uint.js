'use strict';
const b = Buffer.from([0x01, 0x02, 0x03, 0x04, 0xff, 0xfe, 0x80, 0x00]);
for (const m of ['readUInt8', 'readUint8', 'readUInt16LE', 'readUInt16BE', 'readUInt32LE', 'readUInt32BE',
  'readUint16LE', 'readUint32BE']) {
  console.log(m, b[m](0), b[m](3));
}
console.log(b.readUInt8(), b.readUInt32BE(4));

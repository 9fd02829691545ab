'use strict';
const b = Buffer.from([0xff, 0xfe, 0x80, 0x00, 0x7f, 0xff, 0x01, 0x80]);
for (const m of ['readInt8', 'readInt16LE', 'readInt16BE', 'readInt32LE', 'readInt32BE']) {
  console.log(m, b[m](0), b[m](1), b[m](4));
}

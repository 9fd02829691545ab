'use strict';
function t(label, fn) {
  try {
    const r = fn();
    console.log(label, typeof r === 'string' ? JSON.stringify(r) : r);
  } catch (e) {
    console.log(label, 'threw', e.name, e.code, e.message);
  }
}
const b = Buffer.alloc(8);
t('uint8 300', () => b.writeUInt8(300));
t('uint8 -1', () => b.writeUInt8(-1));
t('int8 -129', () => b.writeInt8(-129));
t('int16 40000', () => b.writeInt16LE(40000));
t('uint16 65536', () => b.writeUInt16BE(65536));
t('uint32 -1', () => b.writeUInt32LE(-1));
t('int32 2**31', () => b.writeInt32BE(2 ** 31));
t('uintle 5 bytes', () => b.writeUIntLE(2 ** 40, 0, 5));
t('intbe 5 bytes', () => b.writeIntBE(2 ** 40, 0, 5));
t('intle 6 bytes', () => b.writeIntLE(-(2 ** 47) - 1, 0, 6));
t('uintbe 3 bytes', () => b.writeUIntBE(2 ** 24, 0, 3));
t('intbe 3 bytes', () => b.writeIntBE(-(2 ** 23) - 1, 0, 3));
t('uint32 offset', () => b.writeUInt32BE(1, 5));
t('uint16 offset at end', () => b.writeUInt16LE(1, 7));
t('uint8 offset beyond', () => b.writeUInt8(1, 8));
t('string offset', () => b.writeUInt8(1, '0'));
t('fraction offset', () => b.writeInt32LE(1, 0.5));
t('value string ok', () => b.writeUInt8('7'));
t('short buffer', () => Buffer.alloc(2).writeUInt32LE(1));

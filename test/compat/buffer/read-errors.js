'use strict';
function t(label, fn) {
  try {
    const r = fn();
    console.log(label, typeof r === 'string' ? JSON.stringify(r) : r);
  } catch (e) {
    console.log(label, 'threw', e.name, e.code, e.message);
  }
}
const b = Buffer.alloc(4);
t('uint32 offset 1', () => b.readUInt32LE(1));
t('uint8 at length', () => b.readUInt8(4));
t('negative', () => b.readUInt8(-1));
t('fraction', () => b.readUInt16BE(1.5));
t('string offset', () => b.readUInt8('1'));
t('null offset', () => b.readInt8(null));
t('NaN offset', () => b.readInt32LE(NaN));
t('infinity', () => b.readInt16LE(Infinity));
t('empty buffer', () => Buffer.alloc(0).readUInt8(0));
t('bigint short buffer', () => b.readBigUInt64LE(0));
t('float offset', () => b.readFloatLE(1));
t('double short', () => b.readDoubleBE());
t('subarray', () => b.subarray(1, 2).readUInt16LE());
t('uint16 last', () => b.readUInt16LE(3));

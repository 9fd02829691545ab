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
t('too big signed', () => b.writeBigInt64LE(2n ** 63n));
t('too small signed', () => b.writeBigInt64BE(-(2n ** 63n) - 1n));
t('negative unsigned', () => b.writeBigUInt64LE(-1n));
t('too big unsigned', () => b.writeBigUInt64BE(2n ** 64n));
t('short buffer write', () => Buffer.alloc(4).writeBigInt64LE(1n));
t('short buffer read', () => Buffer.alloc(4).readBigInt64BE());
t('offset 1', () => b.readBigUInt64LE(1));
t('offset string', () => b.readBigInt64LE('0'));
t('write offset 1', () => b.writeBigInt64LE(1n, 1));

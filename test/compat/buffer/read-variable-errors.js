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
t('byteLength 7', () => b.readIntLE(0, 7));
t('byteLength 0', () => b.readUIntBE(0, 0));
t('byteLength missing', () => b.readIntLE(0));
t('byteLength string', () => b.readUIntLE(0, '2'));
t('byteLength fraction', () => b.readIntBE(0, 1.5));
t('offset out', () => b.readUIntLE(5, 4));
t('offset missing', () => b.readUIntBE(undefined, 2));
t('write byteLength 0', () => b.writeUIntLE(1, 0, 0));
t('write byteLength 7', () => b.writeIntBE(1, 0, 7));
t('write offset out', () => b.writeUIntBE(1, 6, 4));

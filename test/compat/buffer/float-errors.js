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
t('float offset 1', () => b.writeFloatLE(1, 1));
t('double 4 bytes', () => b.writeDoubleLE(1, 0));
t('read double', () => b.readDoubleLE(0));
t('read float negative', () => b.readFloatBE(-1));
t('read float string', () => b.readFloatBE('0'));
t('write float fraction offset', () => b.writeFloatBE(1, 0.1));

'use strict';
function t(label, fn) {
  try {
    const r = fn();
    console.log(label, typeof r === 'string' ? JSON.stringify(r) : r);
  } catch (e) {
    console.log(label, 'threw', e.name, e.code, e.message);
  }
}
const b = Buffer.from('abcdef');
t('slice', () => b.slice(1, 3).toString());
t('subarray', () => b.subarray(1, 3).toString());
t('negative', () => b.slice(-2).toString());
t('negative end', () => b.subarray(0, -2).toString());
t('beyond', () => b.slice(4, 100).toString());
t('start after end', () => b.slice(4, 2).length);
t('NaN', () => b.slice(NaN, 'x').length);
t('string numbers', () => b.slice('1', '3').toString());
t('shares memory', () => { const s = b.subarray(0, 1); s[0] = 0x7a; return b.toString(); });
t('is buffer', () => Buffer.isBuffer(b.slice(0)));
t('uint8array slice copies', () => { const u = Uint8Array.prototype.slice.call(b, 0, 2); u[0] = 0; return [u.constructor.name, b[0]]; });

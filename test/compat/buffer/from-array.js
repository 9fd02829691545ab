'use strict';
function t(label, fn) {
  try {
    const r = fn();
    console.log(label, typeof r === 'string' ? JSON.stringify(r) : r);
  } catch (e) {
    console.log(label, 'threw', e.name, e.code, e.message);
  }
}
t('array', () => Buffer.from([1, 2, 3, 256, -1, 1.7, 'x', '7']));
t('array-like', () => Buffer.from({ length: 3, 0: 9, 1: 8 }));
t('uint16array', () => Buffer.from(new Uint16Array([1, 256, 513])));
t('float array', () => Buffer.from(new Float64Array([1.5, -2])));
t('json shape', () => Buffer.from({ type: 'Buffer', data: [104, 105] }));
t('bad length', () => Buffer.from({ length: 'x' }));
t('copy independent', () => { const a = Buffer.from([1]); const b = Buffer.from(a); b[0] = 2; return a[0]; });

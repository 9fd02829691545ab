'use strict';
function t(label, fn) {
  try {
    const r = fn();
    console.log(label, typeof r === 'string' ? JSON.stringify(r) : r);
  } catch (e) {
    console.log(label, 'threw', e.name, e.code, e.message);
  }
}
t('lone high', () => Buffer.from('a\ud800b'));
t('lone low', () => Buffer.from('\udc00'));
t('pair', () => Buffer.from('\ud83d\ude00'));
t('reversed pair', () => Buffer.from('\ude00\ud83d'));
t('byteLength lone', () => Buffer.byteLength('\ud800'));
t('byteLength pair', () => Buffer.byteLength('\ud83d\ude00'));
t('long with surrogate', () => Buffer.from('x'.repeat(70) + '\ud800').subarray(68));

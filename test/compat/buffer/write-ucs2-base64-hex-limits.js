'use strict';
function t(label, fn) {
  try {
    const r = fn();
    console.log(label, typeof r === 'string' ? JSON.stringify(r) : r);
  } catch (e) {
    console.log(label, 'threw', e.name, e.code, e.message);
  }
}
const b = Buffer.alloc(5, '.');
t('ucs2 limit', () => [b.write('abcdef', 0, 3, 'ucs2'), b.toString('latin1')]);
t('hex limit', () => [b.write('aabbccdd', 1, 2, 'hex'), b.toString('hex')]);
t('base64 limit', () => [b.write('AAECAwQF', 2, 2, 'base64'), b.toString('hex')]);
t('latin1 limit', () => [b.write('xyz', 4, 'latin1'), b.toString('latin1')]);

'use strict';
function t(label, fn) {
  try {
    const r = fn();
    console.log(label, typeof r === 'string' ? JSON.stringify(r) : r);
  } catch (e) {
    console.log(label, 'threw', e.name, e.code, e.message);
  }
}
const b = Buffer.from('abcabcab');
t('basic', () => b.lastIndexOf('ab'));
t('from', () => b.lastIndexOf('ab', 5));
t('negative from', () => b.lastIndexOf('c', -2));
t('too negative', () => b.lastIndexOf('a', -100));
t('empty', () => b.lastIndexOf(''));
t('empty from', () => b.lastIndexOf('', 3));
t('beyond', () => b.lastIndexOf('b', 100));
t('not found', () => b.lastIndexOf('z'));
t('needle longer', () => Buffer.from('ab').lastIndexOf('abc'));
t('hex', () => b.lastIndexOf('6263', 'hex'));
t('ucs2', () => Buffer.from('abab', 'ucs2').lastIndexOf('b', 'ucs2'));
t('NaN offset', () => b.lastIndexOf('a', NaN));
t('null offset', () => b.lastIndexOf('a', null));
t('at end', () => b.lastIndexOf('b', 7));

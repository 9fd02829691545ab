'use strict';
function t(label, fn) {
  try {
    const r = fn();
    console.log(label, typeof r === 'string' ? JSON.stringify(r) : r);
  } catch (e) {
    console.log(label, 'threw', e.name, e.code, e.message);
  }
}
const b = Buffer.from('abcabc');
t('basic', () => b.indexOf('c'));
t('from', () => b.indexOf('c', 3));
t('negative from', () => b.indexOf('c', -100));
t('negative from 2', () => b.indexOf('a', -3));
t('not found', () => b.indexOf('x'));
t('multi', () => b.indexOf('bca'));
t('empty', () => b.indexOf(''));
t('empty beyond', () => b.indexOf('', 10));
t('empty negative', () => b.indexOf('', -2));
t('beyond', () => b.indexOf('a', 10));
t('utf8 needle', () => Buffer.from('x\u00e9y').indexOf('\u00e9'));
t('hex needle', () => b.indexOf('6263', 'hex'));
t('hex needle from', () => b.indexOf('6263', 2, 'hex'));
t('base64 needle', () => b.indexOf('YmM=', 'base64'));
t('latin1 needle', () => Buffer.from([0x61, 0xe9]).indexOf('\u00e9', 'latin1'));
t('ucs2 needle', () => Buffer.from('abc', 'ucs2').indexOf('b', 'ucs2'));
t('ucs2 unaligned', () => Buffer.from([0x00, 0x62, 0x00, 0x62, 0x00]).indexOf('b', 'ucs2'));
t('unknown encoding', () => b.indexOf('a', 0, 'nope'));
t('includes', () => [b.includes('ca'), b.includes('ca', 3), b.includes('zz')]);
t('NaN offset', () => b.indexOf('b', NaN));
t('string offset', () => b.indexOf('b', '2'));
t('object offset', () => b.indexOf('b', {}));

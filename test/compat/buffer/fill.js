'use strict';
function t(label, fn) {
  try {
    const r = fn();
    console.log(label, typeof r === 'string' ? JSON.stringify(r) : r);
  } catch (e) {
    console.log(label, 'threw', e.name, e.code, e.message);
  }
}
const b = () => Buffer.alloc(8);
t('number', () => b().fill(1));
t('number mod', () => b().fill(300));
t('negative', () => b().fill(-1));
t('range', () => b().fill(7, 2, 5));
t('string', () => b().fill('ab'));
t('string offset', () => b().fill('xyz', 1));
t('string encoding as offset', () => b().fill('6162', 'hex'));
t('string encoding as end', () => b().fill('6162', 2, 'hex'));
t('string with all args', () => b().fill('6162', 1, 6, 'hex'));
t('multibyte', () => b().fill('\u00e9'));
t('latin1 char', () => b().fill('\u00e9', 'latin1'));
t('buffer', () => b().fill(Buffer.from([1, 2, 3])));
t('uint16array', () => b().fill(new Uint16Array([0x0102])));
t('boolean', () => b().fill(true));
t('null', () => b().fill(null));
t('object', () => b().fill({}));
t('empty string', () => b().fill('', 3));
t('offset >= end', () => b().fill(1, 5, 5));

'use strict';
function t(label, fn) {
  try {
    const r = fn();
    console.log(label, typeof r === 'string' ? JSON.stringify(r) : r);
  } catch (e) {
    console.log(label, 'threw', e.name, e.code, e.message);
  }
}
t('alloc 5', () => Buffer.alloc(5));
t('alloc fill number', () => Buffer.alloc(4, 257));
t('alloc fill string', () => Buffer.alloc(7, 'abc'));
t('alloc fill hex', () => Buffer.alloc(5, 'a1b2', 'hex'));
t('alloc fill buffer', () => Buffer.alloc(5, Buffer.from([1, 2])));
t('alloc 0', () => Buffer.alloc(0));
t('alloc fill empty string', () => Buffer.alloc(3, ''));

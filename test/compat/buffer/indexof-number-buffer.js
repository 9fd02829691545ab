'use strict';
function t(label, fn) {
  try {
    const r = fn();
    console.log(label, typeof r === 'string' ? JSON.stringify(r) : r);
  } catch (e) {
    console.log(label, 'threw', e.name, e.code, e.message);
  }
}
const b = Buffer.from([1, 2, 3, 1, 2, 3]);
t('number', () => b.indexOf(2));
t('number from', () => b.indexOf(2, 2));
t('number wraps', () => b.indexOf(258));
t('negative number', () => Buffer.from([255]).indexOf(-1));
t('float', () => b.indexOf(2.9));
t('buffer', () => b.indexOf(Buffer.from([3, 1])));
t('uint8array', () => b.indexOf(new Uint8Array([2, 3]), 2));
t('empty buffer', () => b.indexOf(Buffer.alloc(0), 4));
t('longer needle', () => Buffer.from([1]).indexOf(Buffer.from([1, 2])));
t('bad value', () => b.indexOf({}));
t('bad value null', () => b.indexOf(null));
t('empty haystack', () => Buffer.alloc(0).indexOf(0));
t('lastIndexOf number', () => b.lastIndexOf(1));
t('lastIndexOf number from', () => b.lastIndexOf(3, 4));
t('lastIndexOf buffer', () => b.lastIndexOf(Buffer.from([1, 2])));
t('lastIndexOf number encoding ignored', () => b.lastIndexOf(1, 'nope'));

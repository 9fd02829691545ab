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
t('offset too big', () => b.write('a', 5));
t('negative offset', () => b.write('a', -1));
t('fraction offset', () => b.write('a', 1.5));
t('length too big', () => b.write('a', 0, 5));
t('unknown encoding', () => b.write('a', 'nope'));
t('unknown encoding 4 args', () => b.write('a', 0, 1, 'nope'));
t('non string', () => b.write(1));
t('non string hex', () => b.write(1, 'hex'));
t('string offset', () => b.write('a', '1', 2));
t('offset at end', () => b.write('a', 4));

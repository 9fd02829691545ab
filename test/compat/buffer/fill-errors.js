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
t('bad hex', () => b.fill('zz', 'hex'));
t('empty buffer', () => b.fill(Buffer.alloc(0)));
t('negative offset', () => b.fill(1, -1));
t('end too big', () => b.fill(1, 0, 5));
t('fraction offset', () => b.fill(1, 1.5));
t('string offset', () => b.fill(1, '1'));
t('unknown encoding', () => b.fill('a', 0, 2, 'nope'));
t('number encoding', () => b.fill('a', 0, 2, 5));
t('number ignores encoding', () => b.fill(1, 0, 2, 'nope'));

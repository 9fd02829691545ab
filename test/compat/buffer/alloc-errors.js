'use strict';
function t(label, fn) {
  try {
    const r = fn();
    console.log(label, typeof r === 'string' ? JSON.stringify(r) : r);
  } catch (e) {
    console.log(label, 'threw', e.name, e.code, e.message);
  }
}
t('negative', () => Buffer.alloc(-1));
t('string size', () => Buffer.alloc('5'));
t('too large', () => Buffer.alloc(2 ** 53));
t('NaN', () => Buffer.alloc(NaN));
t('invalid hex fill', () => Buffer.alloc(4, 'zz', 'hex'));
t('unknown encoding fill', () => Buffer.alloc(4, 'a', 'nope'));
t('allocUnsafe negative', () => Buffer.allocUnsafe(-5));
t('allocUnsafeSlow string', () => Buffer.allocUnsafeSlow('1'));

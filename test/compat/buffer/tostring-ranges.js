'use strict';
function t(label, fn) {
  try {
    const r = fn();
    console.log(label, typeof r === 'string' ? JSON.stringify(r) : r);
  } catch (e) {
    console.log(label, 'threw', e.name, e.code, e.message);
  }
}
const b = Buffer.from('hello world');
t('no args', () => b.toString());
t('start end', () => b.toString('utf8', 2, 5));
t('start beyond', () => b.toString('utf8', 20));
t('end beyond', () => b.toString('utf8', 6, 100));
t('negative start', () => b.toString('utf8', -3, 4));
t('end before start', () => b.toString('utf8', 5, 2));
t('fractional', () => b.toString('utf8', 1.7, 4.9));
t('string numbers', () => b.toString('utf8', '2', '4'));
t('undefined encoding', () => b.toString(undefined, 0, 5));
t('null encoding', () => b.toString(null));
t('empty encoding', () => b.toString(''));
t('number encoding', () => b.toString(1));
t('object encoding', () => b.toString({ toString() { return 'hex'; } }));
t('mixed case', () => b.toString('HeX', 0, 2));
t('toLocaleString', () => b.toLocaleString('hex', 0, 1));

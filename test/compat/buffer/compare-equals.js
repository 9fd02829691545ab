'use strict';
function t(label, fn) {
  try {
    const r = fn();
    console.log(label, typeof r === 'string' ? JSON.stringify(r) : r);
  } catch (e) {
    console.log(label, 'threw', e.name, e.code, e.message);
  }
}
const a = Buffer.from('abc');
const b = Buffer.from('abd');
t('compare lt', () => Buffer.compare(a, b));
t('compare gt', () => Buffer.compare(b, a));
t('compare eq', () => Buffer.compare(a, Buffer.from('abc')));
t('compare prefix', () => Buffer.compare(Buffer.from('ab'), a));
t('sort', () => [b, a, Buffer.from('a')].sort(Buffer.compare).map(String));
t('equals', () => a.equals(Buffer.from('abc')));
t('equals uint8array', () => a.equals(new Uint8Array([97, 98, 99])));
t('not equals', () => a.equals(b));
t('equals bad', () => a.equals('abc'));
t('compare bad 1', () => Buffer.compare(1, a));
t('compare bad 2', () => Buffer.compare(a, 'x'));
t('unsigned', () => Buffer.compare(Buffer.from([0x80]), Buffer.from([0x01])));
const big1 = Buffer.alloc(1000, 1);
const big2 = Buffer.alloc(1000, 1);
big2[999] = 2;
t('large', () => [Buffer.compare(big1, big2), big1.equals(big2), big1.equals(Buffer.alloc(1000, 1))]);

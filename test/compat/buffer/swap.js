'use strict';
function t(label, fn) {
  try {
    const r = fn();
    console.log(label, typeof r === 'string' ? JSON.stringify(r) : r);
  } catch (e) {
    console.log(label, 'threw', e.name, e.code, e.message);
  }
}
t('swap16', () => Buffer.from([1, 2, 3, 4]).swap16());
t('swap32', () => Buffer.from([1, 2, 3, 4, 5, 6, 7, 8]).swap32());
t('swap64', () => Buffer.from([1, 2, 3, 4, 5, 6, 7, 8]).swap64());
t('swap16 odd', () => Buffer.alloc(3).swap16());
t('swap32 bad', () => Buffer.alloc(6).swap32());
t('swap64 bad', () => Buffer.alloc(12).swap64());
t('swap16 returns this', () => { const b = Buffer.alloc(2); return b.swap16() === b; });
const big = Buffer.alloc(1024);
for (let i = 0; i < big.length; i++) big[i] = i & 0xff;
t('swap16 large', () => big.swap16().subarray(0, 6));
t('swap64 large', () => Buffer.from(big).swap64().subarray(0, 8));
t('empty', () => Buffer.alloc(0).swap32());

'use strict';
function t(label, fn) {
  try {
    const r = fn();
    console.log(label, typeof r === 'string' ? JSON.stringify(r) : r);
  } catch (e) {
    console.log(label, 'threw', e.name, e.code, e.message);
  }
}
t('of', () => Buffer.of(1, 2, 300));
t('of empty', () => Buffer.of());
t('copyBytesFrom u16', () => Buffer.copyBytesFrom(new Uint16Array([0x0102, 0x0304])));
t('copyBytesFrom offset', () => Buffer.copyBytesFrom(new Uint16Array([1, 2, 3]), 1));
t('copyBytesFrom offset length', () => Buffer.copyBytesFrom(new Uint8Array([1, 2, 3, 4]), 1, 2));
t('copyBytesFrom offset beyond', () => Buffer.copyBytesFrom(new Uint8Array([1, 2]), 5));
t('copyBytesFrom copies', () => { const u = new Uint8Array([1]); const b = Buffer.copyBytesFrom(u); u[0] = 9; return b[0]; });
t('copyBytesFrom bad', () => Buffer.copyBytesFrom([1, 2]));
t('copyBytesFrom bad offset', () => Buffer.copyBytesFrom(new Uint8Array(2), -1));

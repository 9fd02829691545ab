'use strict';
// Prints a result, or the error's name, code and (for Node's own coded errors) message.
function t(label, fn) {
  try {
    const r = fn();
    console.log(label, Buffer.isBuffer(r) ? [...r].join(',') : JSON.stringify(r));
  } catch (e) {
    console.log(label, 'threw', e.name, e.code, e.code ? e.message : '');
  }
}
t('empty view skips checks', () => Buffer.copyBytesFrom(new Uint8Array(0), -1));
t('empty view skips length check', () => Buffer.copyBytesFrom(new Uint8Array(0), 0, -1));
t('offset past end skips length check', () => Buffer.copyBytesFrom(new Uint8Array(2), 5, -1));
t('Uint16 element', () => Buffer.copyBytesFrom(new Uint16Array([0x102, 0x304, 0x506]), 1, 1));
t('length past end', () => Buffer.copyBytesFrom(new Uint16Array([0x102, 0x304, 0x506]), 1, 10));
t('zero length', () => Buffer.copyBytesFrom(new Float32Array(2), 0, 0));
t('fractional offset', () => Buffer.copyBytesFrom(new Uint8Array(2), 0.5));
t('negative length', () => Buffer.copyBytesFrom(new Uint8Array(2), 0, -1));
t('DataView', () => Buffer.copyBytesFrom(new DataView(new ArrayBuffer(2))));
t('is a copy', () => { const u = new Uint8Array([1, 2]); const c = Buffer.copyBytesFrom(u); u[0] = 9; return c; });

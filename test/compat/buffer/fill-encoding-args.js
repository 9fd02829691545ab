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
for (const enc of [undefined, null, '', 'UTF8', 'Latin1', 'binary', 'utf-16le', 'hex', 0, false, NaN, {}, 'nope']) {
  t(`fill é with ${String(enc)}`, () => Buffer.alloc(3).fill('é', 0, 3, enc));
}
for (const enc of [null, '', 0, 'nope']) t(`alloc é with ${String(enc)}`, () => Buffer.alloc(3, 'é', enc));
t('encoding as offset', () => Buffer.alloc(4).fill('ab', 'hex'));
t('encoding as end', () => Buffer.alloc(4).fill('ab', 1, 'hex'));
t('empty string encoding as offset', () => Buffer.alloc(2).fill('a', ''));
t('end ignored without offset', () => Buffer.alloc(3).fill(1, undefined, 1));
t('empty view into empty buffer', () => Buffer.alloc(0).fill(new Uint8Array(0)));
t('empty view, empty range', () => Buffer.alloc(2).fill(new Uint8Array(0), 1, 1));
t('bad hex, empty range', () => Buffer.alloc(4).fill('zz', 1, 1, 'hex'));
t('bad hex into empty buffer', () => Buffer.alloc(0).fill('zz', 'hex'));
t('Uint16Array pattern', () => Buffer.alloc(5).fill(new Uint16Array([0x0102])));
t('pattern longer than range', () => Buffer.alloc(3).fill('abcdef'));
t('ucs2 odd length', () => Buffer.alloc(5).fill('ab', 'ucs2'));
t('latin1 beyond a byte', () => Buffer.alloc(2).fill('\u0100', 'latin1'));
t('own bytes', () => { const x = Buffer.from('abcdef'); return x.fill(x.subarray(0, 2), 2); });
t('boolean', () => Buffer.alloc(2).fill(true));
t('object', () => Buffer.alloc(2).fill({}));
t('negative fraction', () => Buffer.alloc(2).fill(-1.5));
t('alloc fractional size', () => Buffer.alloc(2.5, 'ab'));
t('alloc tiny size, bad encoding', () => Buffer.alloc(0.5, 'x', 'nope'));

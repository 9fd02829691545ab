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
// Without a length the view tracks a resizable ArrayBuffer; with one it stays fixed.
const growable = new ArrayBuffer(4, { maxByteLength: 8 });
const tracking = Buffer.from(growable, 1);
const whole = Buffer.from(growable);
const fixed = Buffer.from(growable, 1, 2);
growable.resize(8);
console.log('after grow', tracking.length, whole.length, fixed.length);
growable.resize(2);
console.log('after shrink', tracking.length, whole.length);
// Offsets and lengths are compared untruncated, then truncated by the view.
const plain = new ArrayBuffer(4);
t('offset 1.5', () => Buffer.from(plain, 1.5).length);
t('offset 3.5', () => Buffer.from(plain, 3.5).length);
t('offset 4.5', () => Buffer.from(plain, 4.5));
t('offset 1.5 length 2.5', () => Buffer.from(plain, 1.5, 2.5).length);
t('offset 1.5 length 2.6', () => Buffer.from(plain, 1.5, 2.6));
t('offset "1" length "2"', () => Buffer.from(plain, '1', '2').length);
t('offset "x"', () => Buffer.from(plain, 'x').length);
t('offset null', () => Buffer.from(plain, null).length);
t('length "x"', () => Buffer.from(plain, 1, 'x').length);
t('length -1', () => Buffer.from(plain, 0, -1).length);
t('shared offset 1', () => Buffer.from(new SharedArrayBuffer(3), 1).length);

'use strict';
function t(label, fn) {
  try {
    const r = fn();
    console.log(label, typeof r === 'string' ? JSON.stringify(r) : r);
  } catch (e) {
    console.log(label, 'threw', e.name, e.code, e.message);
  }
}
const ab = new ArrayBuffer(8);
const view = new Uint8Array(ab);
view.set([1, 2, 3, 4, 5, 6, 7, 8]);
t('whole', () => Buffer.from(ab));
t('offset', () => Buffer.from(ab, 2));
t('offset length', () => Buffer.from(ab, 2, 3));
t('shares memory', () => { const b = Buffer.from(ab, 1, 2); b[0] = 99; return view[1]; });
t('NaN offset', () => Buffer.from(ab, 'x'));
t('negative length', () => Buffer.from(ab, 0, -3));
t('offset too big', () => Buffer.from(ab, 9));
t('length too big', () => Buffer.from(ab, 4, 5));
t('shared array buffer', () => Buffer.from(new SharedArrayBuffer(3)));

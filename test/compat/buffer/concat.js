'use strict';
function t(label, fn) {
  try {
    const r = fn();
    console.log(label, typeof r === 'string' ? JSON.stringify(r) : r);
  } catch (e) {
    console.log(label, 'threw', e.name, e.code, e.message);
  }
}
const a = Buffer.from('ab');
const b = Buffer.from('cde');
t('two', () => Buffer.concat([a, b]));
t('total shorter', () => Buffer.concat([a, b], 3));
t('total longer', () => Buffer.concat([a, b], 7));
t('empty list', () => Buffer.concat([]));
t('uint8array', () => Buffer.concat([new Uint8Array([1, 2]), a]));
t('not array', () => Buffer.concat('x'));
t('bad element', () => Buffer.concat([a, 1]));
t('bad length', () => Buffer.concat([a], -1));
t('string length', () => Buffer.concat([a], '1'));

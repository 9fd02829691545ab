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
const ab = Buffer.from('ab');
t('null part', () => Buffer.concat([null]));
t('null second part', () => Buffer.concat([ab, null]));
t('string part', () => Buffer.concat(['ab']));
t('array-like part', () => Buffer.concat([{ length: 1 }]));
t('bad length before bad part', () => Buffer.concat([null], -1));
t('bad part with length', () => Buffer.concat([null], 2));
t('fractional length', () => Buffer.concat([ab], 1.5));
t('string length', () => Buffer.concat([ab], '2'));
t('padded', () => Buffer.concat([ab], 5));
t('truncated', () => Buffer.concat([ab, Buffer.from('cd')], 3));
t('Uint8Array parts', () => Buffer.concat([new Uint8Array([1]), Buffer.from([2])]));
t('empty list with length', () => Buffer.concat([], 5));
t('not a list', () => Buffer.concat('ab'));

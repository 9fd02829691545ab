'use strict';
function t(label, fn) {
  try {
    const r = fn();
    console.log(label, typeof r === 'string' ? JSON.stringify(r) : r);
  } catch (e) {
    console.log(label, 'threw', e.name, e.code, e.message);
  }
}
const s = '\u00e9\u0100\ud83d\ude00\u00ffA';
t('latin1', () => Buffer.from(s, 'latin1'));
t('ascii', () => Buffer.from(s, 'ascii'));
t('binary', () => Buffer.from(s, 'binary'));
const high = Buffer.from([0x41, 0xe9, 0x80, 0xff, 0x7f]);
t('latin1 decode', () => high.toString('latin1'));
t('ascii decode', () => high.toString('ascii'));
t('long ascii decode', () => Buffer.alloc(100, 0xe9).toString('ascii').slice(0, 5));
t('long latin1 decode', () => Buffer.alloc(100, 0xe9).toString('latin1').slice(0, 5));

'use strict';
function t(label, fn) {
  try {
    const r = fn();
    console.log(label, typeof r === 'string' ? JSON.stringify(r) : r);
  } catch (e) {
    console.log(label, 'threw', e.name, e.code, e.message);
  }
}
const { transcode } = require('buffer');
t('utf8 to latin1', () => transcode(Buffer.from('\u20ac\u00e9'), 'utf8', 'latin1'));
t('utf8 to ucs2', () => transcode(Buffer.from('\u00e9a'), 'utf8', 'ucs2'));
t('ucs2 to utf8', () => transcode(Buffer.from('\u00e9\ud83d\ude00', 'ucs2'), 'ucs2', 'utf8'));
t('utf8 to ascii', () => transcode(Buffer.from('a\u00e9'), 'utf8', 'ascii'));
t('latin1 to utf8', () => transcode(Buffer.from([0xe9]), 'latin1', 'utf8'));
t('empty', () => transcode(Buffer.alloc(0), 'utf8', 'ucs2'));
t('to hex', () => transcode(Buffer.from('a'), 'utf8', 'hex'));
t('not buffer', () => transcode('a', 'utf8', 'ucs2'));
t('binary alias', () => transcode(Buffer.from('\u00e9'), 'utf8', 'binary'));

'use strict';
function t(label, fn) {
  try {
    const r = fn();
    console.log(label, typeof r === 'string' ? JSON.stringify(r) : r);
  } catch (e) {
    console.log(label, 'threw', e.name, e.code, e.message);
  }
}
const { isUtf8, isAscii } = require('buffer');
t('utf8 valid', () => isUtf8(Buffer.from('h\u00e9llo \ud83d\ude00')));
t('utf8 invalid', () => isUtf8(Buffer.from([0xc0, 0x80])));
t('utf8 truncated', () => isUtf8(Buffer.from([0xe2, 0x82])));
t('utf8 surrogate', () => isUtf8(Buffer.from([0xed, 0xa0, 0x80])));
t('utf8 empty', () => isUtf8(Buffer.alloc(0)));
t('utf8 arraybuffer', () => isUtf8(new TextEncoder().encode('x').buffer));
t('utf8 typed', () => isUtf8(new Uint16Array([0x4141])));
t('ascii yes', () => isAscii(Buffer.from('abc')));
t('ascii no', () => isAscii(Buffer.from([0x80])));
t('ascii view', () => isAscii(Buffer.from([0x80, 0x41]).subarray(1)));
t('utf8 string', () => isUtf8('x'));
t('ascii missing', () => isAscii());

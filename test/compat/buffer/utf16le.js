'use strict';
function t(label, fn) {
  try {
    const r = fn();
    console.log(label, typeof r === 'string' ? JSON.stringify(r) : r);
  } catch (e) {
    console.log(label, 'threw', e.name, e.code, e.message);
  }
}
t('encode', () => Buffer.from('h\u00e9\ud83d\ude00', 'utf16le'));
t('ucs2 same', () => Buffer.from('ab', 'ucs-2'));
t('decode', () => Buffer.from([0x68, 0, 0xe9, 0]).toString('utf16le'));
t('odd length', () => Buffer.from([0x41, 0xd8, 0x42]).toString('utf16le'));
t('lone surrogate decode', () => Buffer.from([0x00, 0xd8]).toString('ucs2').charCodeAt(0));
t('byteLength', () => Buffer.byteLength('abc', 'utf16le'));
t('write odd room', () => { const b = Buffer.alloc(5); return [b.write('abc', 'utf16le'), b]; });

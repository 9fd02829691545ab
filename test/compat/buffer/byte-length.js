'use strict';
function t(label, fn) {
  try {
    const r = fn();
    console.log(label, typeof r === 'string' ? JSON.stringify(r) : r);
  } catch (e) {
    console.log(label, 'threw', e.name, e.code, e.message);
  }
}
t('utf8', () => Buffer.byteLength('h\u00e9llo \u20ac'));
t('emoji', () => Buffer.byteLength('\ud83d\ude00'));
for (const enc of ['utf8', 'ucs2', 'utf16le', 'latin1', 'binary', 'ascii', 'base64', 'base64url', 'hex', 'nope', '']) {
  t(enc, () => Buffer.byteLength('aGk=', enc));
}
t('buffer', () => Buffer.byteLength(Buffer.alloc(7)));
t('arraybuffer', () => Buffer.byteLength(new ArrayBuffer(9)));
t('typed array', () => Buffer.byteLength(new Uint32Array(3)));
t('dataview', () => Buffer.byteLength(new DataView(new ArrayBuffer(4))));
t('number', () => Buffer.byteLength(5));
t('object', () => Buffer.byteLength({}));
t('empty', () => Buffer.byteLength(''));
t('base64 padding', () => [Buffer.byteLength('YQ==', 'base64'), Buffer.byteLength('YWI=', 'base64'), Buffer.byteLength('=', 'base64')]);

'use strict';
function t(label, fn) {
  try {
    const r = fn();
    console.log(label, typeof r === 'string' ? JSON.stringify(r) : r);
  } catch (e) {
    console.log(label, 'threw', e.name, e.code, e.message);
  }
}
for (const enc of ['utf8', 'utf-8', 'UTF8', 'ucs2', 'utf16le', 'latin1', 'binary', 'ascii', 'base64', 'base64url', 'hex']) {
  t(enc, () => Buffer.from('héllo €😀', enc));
}
t('default', () => Buffer.from('héllo'));
t('empty', () => Buffer.from(''));
t('unknown', () => Buffer.from('x', 'nope'));
t('null encoding', () => Buffer.from('x', null));

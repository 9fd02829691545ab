'use strict';
function t(label, fn) {
  try {
    const r = fn();
    console.log(label, typeof r === 'string' ? JSON.stringify(r) : r);
  } catch (e) {
    console.log(label, 'threw', e.name, e.code, e.message);
  }
}
const b = Buffer.from('hi');
for (const e of ['UTF8', 'Utf-8', 'HEX', 'Base64', 'LATIN1', 'Binary', 'ASCII', 'UCS2', 'Ucs-2', 'UTF16LE', 'Utf-16LE', 'BASE64URL']) {
  t(e, () => [b.toString(e), Buffer.from('6869', e).length, Buffer.byteLength('6869', e)]);
}

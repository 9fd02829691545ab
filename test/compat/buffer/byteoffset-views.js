'use strict';
function t(label, fn) {
  try {
    const r = fn();
    console.log(label, typeof r === 'string' ? JSON.stringify(r) : r);
  } catch (e) {
    console.log(label, 'threw', e.name, e.code, e.message);
  }
}
const ab = new ArrayBuffer(16);
const b = Buffer.from(ab, 4, 8);
b.write('abcdefgh');
t('toString', () => b.toString());
t('hex', () => b.toString('hex', 2, 4));
t('indexOf', () => b.indexOf('d'));
t('compare', () => b.compare(Buffer.from('abcdefgh')));
t('copy', () => { const d = Buffer.alloc(3); b.copy(d, 0, 5); return d.toString(); });
t('equals sub', () => b.subarray(2, 4).equals(Buffer.from('cd')));
t('readUInt16BE', () => b.readUInt16BE(6));
t('fill', () => { b.fill('xy', 6); return new Uint8Array(ab, 10, 6); });
t('base64', () => b.toString('base64'));

'use strict';
function t(label, fn) {
  try {
    const r = fn();
    console.log(label, typeof r === 'string' ? JSON.stringify(r) : r);
  } catch (e) {
    console.log(label, 'threw', e.name, e.code, e.message);
  }
}
const b = Buffer.from('abc');
t('toString tag', () => b[Symbol.toStringTag]);
t('length', () => b.length);
t('byteLength', () => b.byteLength);
t('BYTES_PER_ELEMENT', () => b.BYTES_PER_ELEMENT);
t('keys', () => Object.keys(b));
t('for in', () => { const ks = []; for (const k in b) ks.push(k); return ks.length > 3; });
t('spread', () => [...b]);
t('index', () => [b[0], b[3], b[-1]]);
t('set index', () => { b[0] = 0x41; b[1] = 300; return b; });
t('Symbol.species', () => Buffer[Symbol.species] === Buffer);
t('Symbol.species name', () => Buffer[Symbol.species].name);

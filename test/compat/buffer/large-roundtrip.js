'use strict';
function t(label, fn) {
  try {
    const r = fn();
    console.log(label, typeof r === 'string' ? JSON.stringify(r) : r);
  } catch (e) {
    console.log(label, 'threw', e.name, e.code, e.message);
  }
}
const n = 1 << 20;
// Filled from a 251-byte pattern (prime length, every byte value but 4): long JS loops would only measure warm-up.
const pattern = Buffer.alloc(251);
for (let i = 0; i < 251; i++) pattern[i] = (i * 31) & 0xff;
const big = Buffer.alloc(n, pattern);
const crc = (b) => { let h = 0; for (let i = 0; i < b.length; i += 997) h = (h * 33 + b[i]) >>> 0; return h; };
for (const enc of ['hex', 'base64', 'base64url', 'latin1', 'ucs2']) {
  const s = big.toString(enc);
  const back = Buffer.from(s, enc);
  console.log(enc, s.length, back.length, back.equals(big), crc(back));
}
const text = 'h\u00e9llo w\u00f6rld \u20ac\ud83d\ude00 '.repeat(50000);
const u = Buffer.from(text);
console.log(u.length, u.toString() === text, Buffer.byteLength(text), crc(u));
console.log(big.indexOf(Buffer.from([0x1f, 0x3e])), big.lastIndexOf(Buffer.from(big.subarray(1000, 1010))));

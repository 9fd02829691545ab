'use strict';
function t(label, fn) {
  try {
    const r = fn();
    console.log(label, typeof r === 'string' ? JSON.stringify(r) : r);
  } catch (e) {
    console.log(label, 'threw', e.name, e.code, e.message);
  }
}
const s = '\u00e9'.repeat(40000);
const b = Buffer.alloc(70001);
console.log(b.write(s), b.subarray(0, 4), b.subarray(69998));
console.log(b.write('x'.repeat(100000), 1), b.subarray(0, 3));
console.log(Buffer.from('\u20ac'.repeat(30000)).length);

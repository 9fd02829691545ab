'use strict';
function t(label, fn) {
  try {
    const r = fn();
    console.log(label, typeof r === 'string' ? JSON.stringify(r) : r);
  } catch (e) {
    console.log(label, 'threw', e.name, e.code, e.message);
  }
}
const b = Buffer.alloc(100000, 'abc');
const s = b.toString();
console.log(s.length, s.slice(0, 6), s.slice(-3));
console.log(b.toString('ascii').length, b.toString('latin1') === s, b.toString('utf8', 99998));
const withHigh = Buffer.concat([b, Buffer.from([0xc3, 0xa9])]);
console.log(withHigh.toString().length, withHigh.toString().slice(-2));

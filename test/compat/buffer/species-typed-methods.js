'use strict';
function t(label, fn) {
  try {
    const r = fn();
    console.log(label, typeof r === 'string' ? JSON.stringify(r) : r);
  } catch (e) {
    console.log(label, 'threw', e.name, e.code, e.message);
  }
}
const b = Buffer.from([1, 2, 3, 4]);
const m = b.map((x) => x * 2);
console.log(m, Buffer.isBuffer(m), m.constructor === Buffer);
console.log(b.filter((x) => x % 2), b.reverse(), b.sort(), [...b.entries()].length);
console.log(Array.from(b), [...b], b.at(-1), b.join('-'), b.some((x) => x > 3));
console.log(b.toReversed ? 'toReversed' : 'none', JSON.stringify(Object.keys(b)));

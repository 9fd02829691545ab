'use strict';
// subarray/slice positions, swap16/32/64, compare's optional ranges, toJSON and what Buffer.from accepts.
const b = Buffer.from([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16]);
console.log(b.subarray(-3), b.subarray(2.7, -1.2), b.subarray(NaN, Infinity), b.subarray(-Infinity, '5'));
console.log(b.slice(20), b.slice(5, 2), b.subarray(undefined, undefined), b.subarray(-0, null));
console.log(Buffer.from(b).swap16(), Buffer.from(b).swap32(), Buffer.from(b).swap64());
console.log(b.swap16.name, b.swap64.name, b.swap32.length);
const failing = [() => Buffer.alloc(3).swap16(), () => Buffer.alloc(6).swap32(), () => Buffer.alloc(12).swap64(),
  () => b.compare(b, 1.5), () => b.compare(b, 0, 17), () => b.compare(b, 0, 16, 0, 17), () => b.compare('x'),
  () => b.compare(b, -1)];
for (const f of failing) {
  try {
    f();
  } catch (e) {
    console.log(e.code, e.message);
  }
}
const c = Buffer.from([1, 2, 3]);
console.log(c.compare(c), c.compare(c, 1), c.compare(c, 0, 0), c.compare(c, 0, 3, 2, 2), c.compare(c, 2, 2, 2, 2));
console.log(c.compare(c, 5, 3), c.compare(c, 0, 1, 1), c.compare(Buffer.from([9]), undefined, undefined, 1));
console.log(JSON.stringify(c), JSON.stringify(Buffer.alloc(0)), c.toJSON());
for (const v of [new String('ab'), { valueOf() { return 'cd'; } }, { valueOf() { return [1, 2]; } },
  { valueOf() { return {}; } }, { valueOf() { return 5; } }, { [Symbol.toPrimitive]() { return 'tp'; } },
  { [Symbol.toPrimitive]() { return 1; } }, { length: 'x' }, { length: 2, 0: 7, 1: 8 },
  { type: 'Buffer', data: [3, 4] }, { buffer: new ArrayBuffer(2) }, null, undefined, 5, Symbol('s'), 1n,
  { valueOf: 3 }, new Number(4), Object.create(null), [1, 256, -1, 'x']]) {
  try { console.log(Buffer.from(v)); } catch (e) { console.log(e.code, e.message); }
}
try { Buffer.from('ab', 'nope'); } catch (e) { console.log(e.code, e.message); }

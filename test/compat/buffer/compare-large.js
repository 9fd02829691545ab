'use strict';
// compare/equals on large buffers that differ at chunk-sized positions, and on views with offsets.
const size = 3 * 1024 * 1024 + 5;
const a = Buffer.alloc(size, 7);
const positions = [0, 1, 4095, 4096, 4097, 12287, 12288, 1 << 20, (1 << 20) + 4095, size - 1];
for (const at of positions) {
  const b = Buffer.from(a);
  b[at] = 9;
  console.log(at, Buffer.compare(a, b), Buffer.compare(b, a), a.equals(b), a.compare(b, 1, size, 1, size));
  b[at] = 3;
  console.log(at, Buffer.compare(a, b), b.compare(a), a.equals(b));
}
const same = Buffer.from(a);
console.log('same', Buffer.compare(a, same), a.equals(same));
console.log('prefix', Buffer.compare(a, a.subarray(0, size - 1)), Buffer.compare(a.subarray(0, 4096), a));
const shifted = Buffer.alloc(size + 3, 7);
console.log('offsets', a.compare(shifted, 3, size + 3), shifted.subarray(3).equals(a));
const big = new Uint8Array(size).fill(7);
big[size - 2] = 200;
console.log('typed array', a.compare(big), Buffer.compare(big, a));

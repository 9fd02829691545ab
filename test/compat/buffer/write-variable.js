'use strict';
for (let n = 1; n <= 6; n++) {
  const b = Buffer.alloc(7);
  console.log(n, b.writeUIntLE(2 ** (8 * n) - 2, 0, n), b.writeUIntBE(0x12, 0, n), b);
  const c = Buffer.alloc(7);
  console.log(n, c.writeIntLE(-(2 ** (8 * n - 1)), 1, n), c, c.writeIntBE(-3, 0, n), c, c.writeUintLE(5, 0, n));
}

'use strict';
// fs.readv/writev in sync and callback forms: positions, current position, partial fills, validation.
const fs = require('fs');
const path = require('path');
const os = require('os');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jnode-rv-'));
const file = path.join(dir, 'a.txt');
const fd = fs.openSync(file, 'w+');
console.log('writevSync', fs.writevSync(fd, [Buffer.from('abc'), new Uint8Array([100, 101]), Buffer.from('fgh')]));
console.log('writevSync at 1', fs.writevSync(fd, [Buffer.from('XY')], 1));
console.log('writevSync empty', fs.writevSync(fd, []));
const a = Buffer.alloc(2);
const b = Buffer.alloc(4);
console.log('readvSync', fs.readvSync(fd, [a, b], 0), a.toString(), b.toString());
const c = Buffer.alloc(10, '.');
console.log('readvSync short', fs.readvSync(fd, [Buffer.alloc(5), c], 2), c.toString());
for (const bad of [[1], 'x', [Buffer.alloc(1), {}]]) {
  try {
    fs.readvSync(fd, bad);
  } catch (e) {
    console.log(e.code, e.message);
  }
}
try {
  fs.writevSync(-1, []);
} catch (e) {
  console.log(e.code, e.message);
}
fs.writev(fd, [Buffer.from('123'), Buffer.from('45')], 8, (err, written, buffers) => {
  console.log('writev cb', err, written, buffers.map(String));
  const x = Buffer.alloc(3);
  const y = Buffer.alloc(3);
  fs.readv(fd, [x, y], 5, (err2, read, bufs) => {
    console.log('readv cb', err2, read, bufs[0] === x, x.toString(), y.toString());
    fs.readv(fd, [Buffer.alloc(1)], (err3, n) => {
      console.log('readv no position', err3, n);
      fs.closeSync(fd);
      fs.readv(fd, [Buffer.alloc(1)], 0, (err4) => {
        console.log(err4.code, err4.syscall, err4.message);
        fs.rmSync(dir, { recursive: true });
      });
    });
  });
});

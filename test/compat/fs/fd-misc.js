'use strict';
// fdatasync, fchmod, and lchmod's absence on Linux (promises.lchmod rejects ERR_METHOD_NOT_IMPLEMENTED).
const fs = require('fs');
const path = require('path');
const os = require('os');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jnode-fdmisc-'));
const file = path.join(dir, 'a.txt');
fs.writeFileSync(file, 'x');
const fd = fs.openSync(file, 'r+');
console.log('fdatasyncSync', fs.fdatasyncSync(fd));
console.log('fchmodSync', fs.fchmodSync(fd, 0o640), (fs.statSync(file).mode & 0o777).toString(8));
console.log('fchmodSync string', fs.fchmodSync(fd, '600'), (fs.statSync(file).mode & 0o777).toString(8));
for (const [label, fn] of [['fchmod bad mode', () => fs.fchmodSync(fd, 'rw')], ['fdatasync bad fd', () => fs.fdatasyncSync(-1)],
  ['fdatasync closed', () => fs.fdatasyncSync(2 ** 30)]]) {
  try {
    fn();
  } catch (e) {
    console.log(label, e.code, e.message);
  }
}
console.log('lchmod', typeof fs.lchmod, typeof fs.lchmodSync, typeof fs.promises.lchmod);
fs.fdatasync(fd, (err) => {
  console.log('fdatasync cb', err);
  fs.fchmod(fd, 0o644, (err2) => {
    console.log('fchmod cb', err2, (fs.statSync(file).mode & 0o777).toString(8));
    fs.closeSync(fd);
    fs.promises.lchmod(file, 0o600).catch((e) => {
      console.log(e.name, e.code, e.message);
      fs.rmSync(dir, { recursive: true });
    });
  });
});

'use strict';
// chown/fchown/lchown (to the owner the file already has, and -1 to keep), their validation and errors.
const fs = require('fs');
const path = require('path');
const os = require('os');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jnode-chown-'));
const file = path.join(dir, 'a.txt');
fs.writeFileSync(file, 'x');
fs.symlinkSync(file, path.join(dir, 'link'));
const { uid, gid } = fs.statSync(file);
const rel = (s) => (s ? s.split(dir).join('<dir>') : s);
function attempt(label, fn) {
  try {
    console.log(label, fn());
  } catch (e) {
    console.log(label, e.name, e.code, e.errno, e.syscall, rel(e.path), rel(e.message));
  }
}
attempt('chownSync', () => fs.chownSync(file, uid, gid));
attempt('chownSync -1', () => fs.chownSync(file, -1, -1));
attempt('lchownSync', () => fs.lchownSync(path.join(dir, 'link'), uid, gid));
const fd = fs.openSync(file, 'r');
attempt('fchownSync', () => fs.fchownSync(fd, uid, gid));
fs.closeSync(fd);
attempt('missing', () => fs.chownSync(path.join(dir, 'nope'), uid, gid));
attempt('lmissing', () => fs.lchownSync(path.join(dir, 'nope'), uid, gid));
attempt('bad fd', () => fs.fchownSync(2 ** 30, uid, gid));
attempt('uid -2', () => fs.chownSync(file, -2, gid));
attempt('gid string', () => fs.chownSync(file, uid, '0'));
attempt('uid float', () => fs.chownSync(file, 1.5, gid));
attempt('no path', () => fs.chownSync(undefined, uid, gid));
fs.chown(file, uid, gid, (err) => {
  console.log('chown cb', err);
  fs.lchown(path.join(dir, 'nope'), uid, gid, (err2) => {
    console.log('lchown cb', err2.code, err2.syscall);
    fs.promises.chown(file, uid, gid).then((v) => {
      console.log('promises.chown', v);
      return fs.promises.lchown(path.join(dir, 'link'), uid, gid);
    }).then((v) => {
      console.log('promises.lchown', v);
      fs.rmSync(dir, { recursive: true });
    });
  });
});

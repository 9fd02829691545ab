'use strict';
// utimes/futimes/lutimes: seconds, Dates, numeric strings; lutimes changes the link and not its target.
const fs = require('fs');
const path = require('path');
const os = require('os');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jnode-utimes-'));
const file = path.join(dir, 'a.txt');
const link = path.join(dir, 'link');
fs.writeFileSync(file, 'x');
fs.symlinkSync(file, link);
const times = (p, follow = true) => {
  const s = follow ? fs.statSync(p) : fs.lstatSync(p);
  return [s.atimeMs, s.mtimeMs, s.mtime.toISOString()];
};
fs.utimesSync(file, 1000, 2000.5);
console.log('utimesSync', times(file));
fs.utimesSync(file, new Date('2020-01-02T03:04:05.678Z'), '1234567890');
console.log('Date and string', times(file));
const fd = fs.openSync(file, 'r+');
fs.futimesSync(fd, 5, 6.25);
console.log('futimesSync', times(file));
fs.lutimesSync(link, 7, 8);
console.log('lutimesSync link', times(link, false), 'target', times(file));
for (const [label, fn] of [
  ['utimes object', () => fs.utimesSync(file, {}, 1)],
  ['futimes NaN', () => fs.futimesSync(fd, NaN, 1)],
  ['futimes Infinity mtime', () => fs.futimesSync(fd, 1, Infinity)],
  ['lutimes missing', () => fs.lutimesSync(path.join(dir, 'nope'), 1, 1)],
  ['utimes missing', () => fs.utimesSync(path.join(dir, 'nope'), 1, 1)],
  ['futimes bad fd', () => fs.futimesSync(2 ** 30, 1, 1)],
]) {
  try {
    fn();
  } catch (e) {
    console.log(label, e.code, e.syscall, e.message.split(dir).join('<dir>'));
  }
}
fs.futimes(fd, 9, 10, (err) => {
  console.log('futimes cb', err, times(file));
  fs.closeSync(fd);
  fs.lutimes(link, 11, 12, (err2) => {
    console.log('lutimes cb', err2, times(link, false));
    fs.promises.lutimes(link, 13, 14).then(() => {
      console.log('promises.lutimes', times(link, false));
      fs.rmSync(dir, { recursive: true });
    });
  });
});

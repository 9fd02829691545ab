'use strict';
// readdir with recursive: names relative to the root, breadth first, links to directories followed; withFileTypes
// Dirents with their parentPath; the callback and promise forms; sorted listings without recursive.
const fs = require('fs');
const path = require('path');
const os = require('os');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jnode-readdir-'));
fs.mkdirSync(path.join(dir, 'a', 'b', 'c'), { recursive: true });
fs.mkdirSync(path.join(dir, 'z'));
for (const f of ['a/f1', 'a/b/f2', 'z/f3', 'top', 'B', '_x', 'a/Z']) fs.writeFileSync(path.join(dir, f), '');
fs.symlinkSync('a', path.join(dir, 'lnk'));
fs.symlinkSync('nowhere', path.join(dir, 'dangling'));
process.chdir(dir);
console.log(fs.readdirSync('.'));
console.log(fs.readdirSync('.', { recursive: true }));
console.log(fs.readdirSync('a', { recursive: true, withFileTypes: true }).map((e) => [e.name, e.parentPath, e.isFile()]));
console.log(fs.readdirSync(path.join(dir, 'z'), { recursive: true, withFileTypes: true })
  .map((e) => [e.name, e.parentPath === path.join(dir, 'z')]));
try {
  fs.readdirSync('nope', { recursive: true });
} catch (e) {
  console.log(e.code, e.syscall, e.path);
}
fs.readdir('.', { recursive: true }, (err, list) => {
  console.log('cb', err, list);
  fs.readdir('nope', { recursive: true }, (err2) => {
    console.log('cb err', err2.code, err2.syscall);
    fs.promises.readdir('a', { recursive: true, withFileTypes: true }).then((l) => {
      console.log('promise', l.map((e) => `${e.parentPath}/${e.name}`));
      process.chdir(os.tmpdir());
      fs.rmSync(dir, { recursive: true });
    });
  });
});

'use strict';
// rm: a directory without recursive is a SystemError ERR_FS_EISDIR; a missing path ENOENT unless force.
const fs = require('fs');
const path = require('path');
const os = require('os');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jnode-rm-'));
process.chdir(dir);
fs.mkdirSync('d');
const show = (e) => [e.name, e.code, e.message, e.info, e.errno, e.syscall, e.path];
try {
  fs.rmSync('d');
} catch (e) {
  console.log(show(e));
}
try {
  fs.rmSync('missing');
} catch (e) {
  console.log(show(e));
}
console.log(fs.rmSync('missing', { force: true }));
fs.rm('d', (e) => {
  console.log('cb', show(e));
  fs.promises.rm('missing').catch((e2) => {
    console.log('promise', show(e2));
    process.chdir(os.tmpdir());
    fs.rmSync(dir, { recursive: true });
  });
});

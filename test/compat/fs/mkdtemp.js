'use strict';
// mkdtemp: the prefix as given followed by six characters (relative stays relative), encodings, errors.
const fs = require('fs');
const path = require('path');
const os = require('os');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jnode-mkdtemp-'));
process.chdir(dir);
const shape = (p) => (Buffer.isBuffer(p) ? `Buffer ${shape(p.toString())}` : `${p.slice(0, -6)}+${p.length - p.slice(0, -6).length} ${/^[A-Za-z0-9]{6}$/.test(p.slice(-6))}`);
console.log(shape(fs.mkdtempSync('rel-')));
console.log(shape(fs.mkdtempSync('sub')), fs.statSync(fs.mkdtempSync('m')).mode.toString(8).slice(-3));
console.log(shape(fs.mkdtempSync('buf-', 'buffer')), shape(fs.mkdtempSync('enc-', { encoding: 'buffer' })));
console.log(shape(fs.mkdtempSync(Buffer.from('b-'))));
console.log(path.isAbsolute(fs.mkdtempSync(path.join(dir, 'abs-'))));
for (const [label, fn] of [['missing parent', () => fs.mkdtempSync('no/such/x-')], ['number', () => fs.mkdtempSync(1)],
  ['nul', () => fs.mkdtempSync('a\u0000b')]]) {
  try {
    fn();
  } catch (e) {
    console.log(label, e.code, e.syscall, e.path, e.message);
  }
}
fs.mkdtemp('cb-', (err, p) => {
  console.log('cb', err, shape(p));
  fs.mkdtemp('cbbuf-', 'buffer', (err2, p2) => {
    console.log('cb buffer', err2, shape(p2));
    fs.promises.mkdtemp('pr-').then((p3) => {
      console.log('promise', shape(p3));
      fs.mkdtemp('no/such/', (err3) => {
        console.log('cb err', err3.code, err3.syscall);
        process.chdir(os.tmpdir());
        fs.rmSync(dir, { recursive: true });
      });
    });
  });
});

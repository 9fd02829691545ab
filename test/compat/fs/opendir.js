'use strict';
// opendir/Dir: readSync/read (callback and promise), close forms, async iteration, recursive, bufferSize,
// path as given, errors (ERR_DIR_CLOSED, opendir's error without a path). Entries are sorted before printing:
// their order is the kernel's.
const fs = require('fs');
const path = require('path');
const os = require('os');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jnode-opendir-'));
fs.mkdirSync(path.join(dir, 'a', 'b', 'c'), { recursive: true });
fs.mkdirSync(path.join(dir, 'z'));
for (const f of ['a/f1', 'a/b/f2', 'z/f3', 'top']) fs.writeFileSync(path.join(dir, f), '');
fs.symlinkSync('a', path.join(dir, 'lnk'));
process.chdir(dir);
const show = (d) => `${d.parentPath}|${d.name}|${d.isDirectory()}|${d.isSymbolicLink()}`;

const d = fs.opendirSync('.');
console.log(d.constructor.name, d.path, d instanceof fs.Dir);
const names = [];
for (let e; (e = d.readSync()) !== null;) names.push(show(e));
console.log(names.sort(), d.readSync());
d.closeSync();
for (const fn of [() => d.readSync(), () => d.closeSync(), () => d.read(() => {})]) {
  try {
    fn();
  } catch (e) {
    console.log(e.name, e.code, e.message);
  }
}
const r = fs.opendirSync('.', { recursive: true });
const all = [];
for (let e; (e = r.readSync()) !== null;) all.push(show(e));
console.log('recursive', all.sort());
r.closeSync();
for (const [label, fn] of [['missing', () => fs.opendirSync('nope')], ['file', () => fs.opendirSync('top')],
  ['bufferSize 0', () => fs.opendirSync('.', { bufferSize: 0 })], ['bufferSize str', () => fs.opendirSync('.', { bufferSize: '1' })],
  ['bad path', () => fs.opendirSync(1)]]) {
  try {
    fn();
  } catch (e) {
    console.log(label, e.name, e.code, e.syscall, e.path, e.message);
  }
}
fs.opendir('a', { bufferSize: 1 }, (err, dirA) => {
  console.log('cb', err, dirA.path);
  const seen = [];
  const next = () => dirA.read((err2, e) => {
    if (e) {
      seen.push(show(e));
      next();
      return;
    }
    console.log('read cb', err2, seen.sort());
    dirA.close((err3) => {
      console.log('close cb', err3);
      dirA.close((err4) => {
        console.log('close again', err4.code);
        promises();
      });
    });
  });
  next();
});
async function promises() {
  const dz = await fs.promises.opendir('z');
  console.log('first', show(await dz.read()), await dz.read());
  await dz.close();
  const it = [];
  for await (const e of await fs.promises.opendir('.', { recursive: true })) it.push(show(e));
  console.log('iterated', it.sort());
  await fs.promises.opendir('nope').catch((e) => console.log(e.code, e.syscall, e.path));
  fs.opendir('nope', (e) => {
    console.log('cb err', e.code, e.message);
    process.chdir(os.tmpdir());
    fs.rmSync(dir, { recursive: true });
  });
}

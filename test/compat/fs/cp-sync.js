'use strict';
// fs.cpSync: files, directories (recursive), links (resolved or verbatim), dereference, force/errorOnExist,
// filter, mode, preserveTimestamps, and the errors of its checks.
const fs = require('fs');
const path = require('path');
const os = require('os');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jnode-cp-'));
process.chdir(dir);
fs.mkdirSync('src/sub/deep', { recursive: true });
fs.writeFileSync('src/a.txt', 'A');
fs.writeFileSync('src/sub/b.txt', 'B');
fs.writeFileSync('src/sub/deep/c.txt', 'C');
fs.chmodSync('src/sub/b.txt', 0o640);
fs.symlinkSync('a.txt', 'src/rel-link');
fs.writeFileSync('file', 'F');
fs.mkdirSync('dstdir');
fs.utimesSync('src/a.txt', 1000, 2000);

const tree = (root) => fs.readdirSync(root, { recursive: true }).sort().map((name) => {
  const p = path.join(root, name);
  const st = fs.lstatSync(p);
  if (st.isSymbolicLink()) return `${name} -> ${fs.readlinkSync(p).split(dir).join('<dir>')}`;
  if (st.isDirectory()) return `${name}/`;
  return `${name}=${fs.readFileSync(p, 'utf8')} ${(st.mode & 0o777).toString(8)}`;
});
function attempt(label, fn) {
  try {
    console.log(label, fn());
  } catch (e) {
    console.log(label, e.name, e.code, e.message, e.info);
  }
}

attempt('file', () => fs.cpSync('file', 'copy-of-file'));
console.log(fs.readFileSync('copy-of-file', 'utf8'));
attempt('file into new parents', () => fs.cpSync('file', 'new/parents/file'));
console.log(fs.existsSync('new/parents/file'));
attempt('dir', () => fs.cpSync('src', 'out', { recursive: true }));
console.log(tree('out'));
attempt('verbatim', () => fs.cpSync('src', 'out-verbatim', { recursive: true, verbatimSymlinks: true }));
console.log(tree('out-verbatim').filter((l) => l.includes('->')));
attempt('dereference', () => fs.cpSync('src', 'out-deref', { recursive: true, dereference: true }));
console.log(tree('out-deref').filter((l) => l.startsWith('rel-link')));
const calls = [];
attempt('filter', () => fs.cpSync('src', 'out-filter', {
  recursive: true,
  filter: (s, d) => {
    calls.push(`${s} ${d}`);
    return !s.endsWith('sub');
  },
}));
console.log(calls.sort(), tree('out-filter'));
attempt('preserveTimestamps', () => fs.cpSync('src/a.txt', 'stamped', { preserveTimestamps: true }));
console.log(fs.statSync('stamped').mtimeMs);
fs.writeFileSync('existing', 'old');
attempt('force default', () => fs.cpSync('file', 'existing'));
console.log(fs.readFileSync('existing', 'utf8'));
fs.writeFileSync('existing', 'old');
attempt('force false', () => fs.cpSync('file', 'existing', { force: false }));
console.log(fs.readFileSync('existing', 'utf8'));
attempt('errorOnExist', () => fs.cpSync('file', 'existing', { force: false, errorOnExist: true }));
attempt('mode EXCL', () => fs.cpSync('file', 'excl', { mode: fs.constants.COPYFILE_EXCL }));
attempt('dir without recursive', () => fs.cpSync('src', 'x'));
attempt('dir onto file', () => fs.cpSync('src', 'file', { recursive: true }));
attempt('file onto dir', () => fs.cpSync('file', 'dstdir'));
attempt('into itself', () => fs.cpSync('src', 'src/sub/inner', { recursive: true }));
attempt('same', () => fs.cpSync('file', './file'));
attempt('missing', () => fs.cpSync('nope', 'x'));
attempt('promise filter', () => fs.cpSync('src', 'y', { recursive: true, filter: async () => true }));
attempt('bad filter', () => fs.cpSync('src', 'y', { filter: 1 }));
attempt('bad mode', () => fs.cpSync('src', 'y', { mode: 'x' }));
attempt('bad boolean', () => fs.cpSync('src', 'y', { recursive: 1 }));
attempt('pair', () => fs.cpSync('src', 'y', { dereference: true, verbatimSymlinks: true }));
attempt('bad src', () => fs.cpSync(1, 'y'));
process.chdir(os.tmpdir());
fs.rmSync(dir, { recursive: true });

'use strict';
// fs.cp (callback) and fs.promises.cp: the same copy; async filters; every check failure as a SystemError.
const fs = require('fs');
const path = require('path');
const os = require('os');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jnode-cpa-'));
process.chdir(dir);
fs.mkdirSync('src/sub', { recursive: true });
fs.writeFileSync('src/a.txt', 'A');
fs.writeFileSync('src/sub/b.txt', 'B');
fs.writeFileSync('file', 'F');
fs.mkdirSync('dstdir');
fs.symlinkSync(path.join(dir, 'src'), 'link-to-src');

const tree = (root) => fs.readdirSync(root, { recursive: true }).sort();
const show = (e) => [e.name, e.code, e.message, e.info, Object.keys(e)];

(async () => {
  await new Promise((resolve) => fs.cp('src', 'cb-out', { recursive: true }, (err) => {
    console.log('cb', err, tree('cb-out'));
    resolve();
  }));
  await new Promise((resolve) => fs.cp('file', 'cb-file', (err) => {
    console.log('cb no options', err, fs.readFileSync('cb-file', 'utf8'));
    resolve();
  }));
  try {
    fs.cp('src', 'x', { filter: 'no' }, () => {});
  } catch (e) {
    console.log('cb throws', e.code);
  }
  console.log(await fs.promises.cp('src', 'p-out', { recursive: true, filter: async (s) => !s.endsWith('b.txt') }));
  console.log(tree('p-out'));
  for (const [label, args] of [
    ['dir without recursive', ['src', 'x']],
    ['dir onto file', ['src', 'file', { recursive: true }]],
    ['file onto dir', ['file', 'dstdir']],
    ['into itself', ['src', 'src/sub/x', { recursive: true }]],
    ['same', ['src', 'src', { recursive: true }]],
    ['exists', ['file', 'src/a.txt', { force: false, errorOnExist: true }]],
    ['missing', ['nope', 'x']],
    ['bad filter', ['src', 'x', { filter: 1 }]],
    ['pair', ['src', 'x', { dereference: true, verbatimSymlinks: true }]],
  ]) {
    await fs.promises.cp(...args).then((v) => console.log(label, 'ok', v), (e) => console.log(label, show(e)));
  }
  await fs.promises.cp('link-to-src', 'link-copy');
  console.log('link', fs.readlinkSync('link-copy').split(dir).join('<dir>'));
  process.chdir(os.tmpdir());
  fs.rmSync(dir, { recursive: true });
})();

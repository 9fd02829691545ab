'use strict';
// fs.glob (callback) and fs.promises.glob (an async generator): the same matches as globSync.
const fs = require('fs');
const path = require('path');
const os = require('os');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jnode-globa-'));
process.chdir(dir);
fs.mkdirSync('a/b', { recursive: true });
for (const f of ['a/f.js', 'a/b/g.js', 'top.js', 'a/b/h.md']) fs.writeFileSync(f, '');

(async () => {
  await new Promise((resolve) => fs.glob('**/*.js', (err, matches) => {
    console.log('cb', err, matches.sort());
    resolve();
  }));
  await new Promise((resolve) => fs.glob('a/*', { withFileTypes: true }, (err, matches) => {
    console.log('cb types', err, matches.map((d) => `${path.relative(dir, d.parentPath)}/${d.name} ${d.isDirectory()}`).sort());
    resolve();
  }));
  const it = fs.promises.glob(['**/*.md', 'top.*']);
  console.log(Object.prototype.toString.call(it), typeof it[Symbol.asyncIterator]);
  const found = [];
  for await (const m of it) found.push(m);
  console.log('promises', found.sort());
  const excluded = [];
  for await (const m of fs.promises.glob('**', { exclude: ['a/b'] })) excluded.push(m);
  console.log('exclude', excluded.sort());
  try {
    fs.glob('*', 1);
  } catch (e) {
    console.log(e.code, e.message);
  }
  try {
    fs.glob(1, () => {});
  } catch (e) {
    console.log(e.code, e.message);
  }
  process.chdir(os.tmpdir());
  fs.rmSync(dir, { recursive: true });
})();

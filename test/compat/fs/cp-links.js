'use strict';
// cpSync and promises.cp over links: a link copied onto an existing link, a link into its own target's
// subtree (ERR_FS_CP_EINVAL), a link over a link to a subdirectory (ERR_FS_CP_SYMLINK_TO_SUBDIRECTORY),
// a link onto a plain file.
const fs = require('fs');
const path = require('path');
const os = require('os');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jnode-cpl-'));
process.chdir(dir);
fs.mkdirSync('target/sub', { recursive: true });
fs.writeFileSync('target/sub/f', 'f');
fs.writeFileSync('plain', 'p');
fs.symlinkSync(path.join(dir, 'target'), 'to-target');
fs.symlinkSync(path.join(dir, 'target', 'sub'), 'to-sub');
const rel = (s) => (typeof s === 'string' ? s.split(dir).join('<dir>') : s);
const show = (e) => [e.name, e.code, rel(e.message), e.info && { ...e.info, message: rel(e.info.message), path: rel(e.info.path) }];

function attempt(label, fn) {
  try {
    console.log(label, fn());
  } catch (e) {
    console.log(label, show(e));
  }
}
fs.symlinkSync(path.join(dir, 'plain'), 'other-link');
attempt('link over link', () => fs.cpSync('to-target', 'other-link'));
console.log(rel(fs.readlinkSync('other-link')));
attempt('link onto file', () => fs.cpSync('to-sub', 'plain'));
fs.symlinkSync(path.join(dir, 'target', 'sub'), 'sub-link');
attempt('onto link to subdir', () => fs.cpSync('to-target', 'sub-link'));
fs.symlinkSync(path.join(dir, 'target'), 'parent-link');
attempt('onto link to parent', () => fs.cpSync('to-sub', 'parent-link'));
(async () => {
  fs.symlinkSync(path.join(dir, 'target', 'sub'), 'sub-link2');
  await fs.promises.cp('to-target', 'sub-link2').catch((e) => console.log('async subdir', show(e)));
  await fs.promises.cp('to-target', 'deref-copy', { dereference: true, recursive: true });
  console.log('dereferenced', fs.lstatSync('deref-copy').isDirectory(), fs.readFileSync('deref-copy/sub/f', 'utf8'));
  process.chdir(os.tmpdir());
  fs.rmSync(dir, { recursive: true });
})();

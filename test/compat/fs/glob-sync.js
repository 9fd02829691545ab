'use strict';
// fs.globSync: wildcards, globstars, braces, classes, extglobs, dotfiles, trailing slashes, "..", absolute
// patterns, several patterns, cwd (string and URL), exclude (patterns and functions), withFileTypes, validation.
const fs = require('fs');
const path = require('path');
const os = require('os');
const { pathToFileURL } = require('url');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jnode-glob-'));
process.chdir(dir);
fs.mkdirSync('a/b/c', { recursive: true });
fs.mkdirSync('.hid/x', { recursive: true });
fs.mkdirSync('d');
for (const f of ['a/f.js', 'a/b/g.js', 'a/b/c/h.ts', '.dot.js', 'top.js', 'd/x.md', 'a/.e.js', 'a/b/c/i.js']) fs.writeFileSync(f, '');
fs.symlinkSync('a', 'lnk');

const show = (pattern, options) => {
  try {
    console.log(JSON.stringify(pattern), fs.globSync(pattern, options).sort().join(' '));
  } catch (e) {
    console.log(JSON.stringify(pattern), e.code, e.message);
  }
};
for (const p of ['*', '*.js', '**', '**/*.js', 'a/**', 'a/**/', '**/', 'a/*/', '{a,d}/*', 'a/b/../f.js', './a/*', 'a/[fg].js',
  'a/?.js', '!a', 'a/!(f).js', 'a/+(f|g).js', '**/c', 'lnk/**', '*/', 'a//f.js', '.*', '**/.e.js', 'a/{b,c}/**/*.{js,ts}',
  '[!a]*', '[^a]*', 'a/[a-f].js', 'a/*.JS', '*/b', 'nope/*', 'top.js/*', 'a/f.js', 'a/b/', 'a/b/c/*', '**/*.ts', 'd/../a/f.js',
  '.hid/**', '**/x']) {
  show(p);
}
console.log(fs.globSync(path.join(dir, 'a', '*')).map((p) => path.relative(dir, p)).sort());
show(['a/*', 'd/*', 'a/*']);
show('**/*.js', { exclude: ['a/b/**'] });
show('**/*.js', { exclude: (p) => p.endsWith('g.js') });
show('**/', { exclude: ['a'] });
show('**', { exclude: ['a/**'] });
show('*', { cwd: 'a' });
show('*', { cwd: pathToFileURL(path.join(dir, 'a')) });
show('**/*.js', { cwd: path.join(dir, 'a') });
console.log(fs.globSync('*', { cwd: 'a', withFileTypes: true }).map((d) => [d.name, d.parentPath, d.isDirectory(), d.isFile()]).sort());
console.log(fs.globSync('a/b', { withFileTypes: true }).map((d) => [d.name, d.parentPath, d.isDirectory(), d instanceof fs.Dirent]));
console.log(fs.globSync('**', { withFileTypes: true, exclude: (d) => typeof d !== 'string' && d.name === 'b' }).map((d) => d.name).sort());
for (const bad of [1, [1], null, undefined, {}]) show(bad);
for (const opts of [{ cwd: 1 }, { exclude: 1 }, 'x', 5]) show('*', opts);
process.chdir(os.tmpdir());
fs.rmSync(dir, { recursive: true });

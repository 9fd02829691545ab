// POSIX path functions on edge inputs: leading "//", trailing slashes, dots, "/.." in parse, resolve and join forms.
process.chdir('/usr/lib');
const p = require('path').posix;
const ins = ['', '/', '//', '///', 'a', '/a', '//a', '///a', '////a', 'a/', 'a//', '/a/', '/a//b', '/a/b/', 'a/b/c', './a', '../a', 'a/../..', '/..', '/../a', 'a/./b/../c/', '.', '..', './', '../', './/', '/./', 'a/.', '/a/b/..', '//a//b//', 'x.y/z.w', '/a.b.c', '..a', '.a', 'a.', '...'];
const fns = ['normalize', 'dirname', 'basename', 'extname', 'isAbsolute', 'parse'];
for (const f of fns) for (const i of ins) console.log(f, JSON.stringify(i), JSON.stringify(p[f](i)));
const pairs = [['/a/b', '/a/b/c'], ['/a/b/c', '/a'], ['/', '/a'], ['/a', '/'], ['a', 'b'], ['/a/b', '/a/bc'], ['/x', '/x'], ['', ''], ['.', '/usr/lib/x'], ['/usr/lib', ''], ['/a/b/', '/a/b'], ['/foo/bar/baz-quux', '/foo/bar/baz'], ['/baz', '/baz-quux']];
for (const [a, b] of pairs) console.log('relative', a, b, JSON.stringify(p.relative(a, b)));
const rs = [[], [''], ['/'], ['a'], ['/a', 'b'], ['/a', '/b', 'c'], ['a', '', 'b'], ['/a/', '../x'], ['..', '..', '..', '..', '..'], ['/', '..', 'x/'], ['a/b/', '.']];
for (const r of rs) console.log('resolve', JSON.stringify(r), JSON.stringify(p.resolve(...r)));
const js = [[], [''], ['', ''], ['a'], ['/a', 'b'], ['a', '/b'], ['', '/a'], ['a/', '/'], ['.', '.'], ['a', '..', '..'], ['/', '..'], ['a//', '//b']];
for (const j of js) console.log('join', JSON.stringify(j), JSON.stringify(p.join(...j)));
try { p.resolve('a', 1); } catch (e) { console.log(e.message); }
try { p.join('a', null); } catch (e) { console.log(e.message); }

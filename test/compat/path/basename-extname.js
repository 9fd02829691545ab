// basename's suffix rule and extname's dot rule, POSIX and win32.
process.chdir('/usr/lib');
const p = require('path');
for (const x of ['..file', '...', '..', '.', 'a.', '.a.b', '/x/..file', 'a/..', 'a/...b']) console.log(JSON.stringify([x, p.posix.extname(x), p.win32.extname(x)]));
for (const x of ['\\\\server\\share', '\\\\server\\share\\x.y', 'C:', 'C:\\', 'C:x', '\\\\', 'c:\\x\\', '/', '/a/b/']) console.log(JSON.stringify([x, p.win32.basename(x), p.win32.basename(x, 'x'), p.win32.toNamespacedPath(x)]));
console.log(p.win32.toNamespacedPath(5), p.win32.toNamespacedPath('/'), p.win32.toNamespacedPath('\\\\?\\x'));
for (const x of ['//', '/', '///', 'a//', '']) console.log(JSON.stringify([x, p.posix.basename(x, 'x'), p.posix.basename(x, ''), p.win32.basename(x.replace(/\//g,'\\'), 'x')]));
for (const [x,s] of [['/aaa/bbb', 'a/bbb'], ['/aaa/bbb', 'bbb'], ['/aaa/b', 'a/b'], ['/aaa/bbb//', 'bbb'], ['/aaa/bbb', 'bb'], ['/aaa/bbb', 'b'], ['/aaa/', 'aaa/'], ['/aaa/bbb', '/bbb'], ['c:\\aaa\\bbb', 'a\\bbb'], ['aaa\\bbb', 'a\\bbb']]) console.log(JSON.stringify([x, s, p.posix.basename(x, s), p.win32.basename(x, s)]));
for (const [x, s] of [['a.txt', 'a.txt'], ['a/', 'a'], ['/a', 'a'], ['x/a.txt', 'a.txt'], ['a.txt//', 'a.txt'], ['/x/abc/', 'abc'], ['abc', 'abc'], ['aaa', 'aa'], ['a', 'a']]) console.log(JSON.stringify([x, s, p.posix.basename(x, s), p.win32.basename(x, s)]));

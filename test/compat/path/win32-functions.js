// path.win32 on Linux: roots (drive, UNC, device namespace), normalize, join, resolve, relative, parse.
// resolve() reads the current folder, so the case runs from a fixed one.
process.chdir('/usr/lib');
const w = require('path').win32;
const inputs = ['', '.', '..', 'C:', 'C:.', 'C:..', 'C:\\', 'C:/', 'c:\\foo\\..\\..', 'C:foo', 'C:foo\\..\\..', '\\', '/', '\\\\', '\\\\\\', '\\\\server', '\\\\server\\', '\\\\server\\share', '\\\\server\\share\\', '\\\\server\\share\\a\\..\\..\\b', '//server/share/x', '\\\\?\\C:\\foo', '\\\\.\\pipe\\x', '\\\\?\\UNC\\s\\sh', '\\\\server\\\\share', 'a\\b\\..\\c', 'a/b/../../..', './a/', '..\\..\\a\\', 'foo.bar\\', 'C:\\a.b\\c.d.e', 'file.', '.file', '..file', 'a\\.', 'CON', 'CON:', 'CON:foo', 'COM1:\\x', 'C:\\CON', 'a:b:c', '\\foo\\\\bar\\', 'C:\\\\\\x', 'C:\\..\\..\\x', 'x:/y/../z', '\\\\s\\sh\\..', '\\\\?\\', '\\\\.\\', 'c:\\dir\\file.txt', '\\\\unc\\share\\dir\\file.txt', 'abc\\', 'abc\\\\', '.\\', '..\\', 'C:abc\\def'];
const out = {};
for (const f of ['normalize', 'dirname', 'basename', 'extname', 'isAbsolute', 'toNamespacedPath', 'parse']) {
  out[f] = inputs.map((i) => { try { return [i, w[f](i)]; } catch (e) { return [i, 'ERR ' + e.code]; } });
}
out.basenameExt = [['a.txt', '.txt'], ['C:\\a.txt', 'txt'], ['a.txt', 'a.txt'], ['C:\\foo\\bar.TXT', '.txt'], ['\\\\s\\sh\\x.y', '.y'], ['aaa\\bbb', 'bbb'], ['aaa\\bbb\\\\\\\\', 'bbb'], ['C:', 'C:']].map(([a, b]) => [a, b, w.basename(a, b)]);
const pairs = [['C:\\a', 'C:\\a\\b'], ['c:\\A\\b', 'C:\\a\\B\\c'], ['C:\\a', 'D:\\b'], ['\\\\s\\sh\\a', '\\\\s\\sh\\b'], ['\\\\s\\sh', '\\\\s\\sh2\\x'], ['C:\\', 'C:\\a'], ['C:\\a\\b', 'C:\\'], ['C:\\foo\\test', 'C:\\foo\\test\\bar\\package.json'], ['C:\\orandea\\test\\aaa', 'C:\\orandea\\impl\\bbb'], ['a', 'b'], ['C:\\baz-quux', 'C:\\baz'], ['\\\\foo\\bar', '\\\\foo\\bar\\baz'], ['\\\\foo\\bar\\baz', '\\\\foo\\bar'], ['C:\\baz', '\\\\foo\\bar\\baz'], ['\\\\foo\\baz-quux', '\\\\foo\\baz'], ['C:', 'C:\\x'], ['', 'C:\\x']];
out.relative = pairs.map(([a, b]) => [a, b, w.relative(a, b)]);
const joins = [['a', 'b'], ['', ''], ['C:', 'a'], ['C:\\', 'a'], ['\\\\', 'server', 'share'], ['//server', 'share'], ['\\\\\\', 'a'], ['/', '//foo'], ['', '//foo'], ['//', 'foo/bar'], ['c:', 'file'], ['a', '..', '..'], ['.', '.'], ['\\', 'x'], ['a', ''], ['', 'a'], ['c:\\', '\\\\server'], ['//foo', '/bar'], ['///foo/bar']];
out.join = joins.map((a) => [a, w.join(...a)]);
const resolves = [['c:/blah\\blah', 'd:/games', 'c:../a'], ['c:/ignore', 'd:\\a/b\\c/d', '\\e.exe'], ['c:/ignore', 'c:/some/file'], ['d:/ignore', 'd:some/dir//'], ['.'], ['//server/share', '..', 'relative\\'], ['c:/', '//'], ['c:/', '//dir'], ['c:/', '//server/share'], ['c:/', '//server//share'], ['c:/', '///some//dir'], ['C:\\foo\\tmp.3\\', '..\\tmp.3\\cycles\\root.js'], ['a'], ['C:'], ['C:x'], ['\\x'], ['\\\\s\\sh'], ['D:'], ['d:x\\..\\..']];
out.resolve = resolves.map((a) => [a, w.resolve(...a)]);
const fmts = [{ root: 'C:\\' , dir: 'C:\\a', base: 'b.c' }, { root: 'C:\\', name: 'x', ext: 'y' }, { dir: 'a', name: 'b', ext: '.c' }, { root: '\\\\s\\sh\\', base: 'x' }, {}];
out.format = fmts.map((o) => [o, w.format(o)]);
for (const [name, rows] of Object.entries(out)) {
  console.log(`== ${name}`);
  for (const row of rows) console.log(JSON.stringify(row));
}

// The cwd option as a file: URL (spawn, spawnSync, exec and execFileSync take one), as a
// URL string (a plain relative path, not a URL), and URLs that are refused: another scheme, and a file URL with
// a host.
const { spawn, spawnSync, exec, execFileSync } = require('node:child_process');
const { pathToFileURL } = require('node:url');
const path = require('node:path');

const fixtures = pathToFileURL(path.join(__dirname, 'fixtures') + '/');
const show = (out) => path.basename(String(out).trim());

console.log('spawnSync', show(spawnSync('pwd', { cwd: fixtures }).stdout));
console.log('execFileSync', show(execFileSync('pwd', { cwd: new URL('tree', fixtures) })));
console.log('spawnSync missing dir', spawnSync('pwd', { cwd: new URL('no-such-dir/', fixtures) }).error?.code);
for (const [label, cwd] of [['http URL', new URL('http://example.com/')],
  ['file URL with host', new URL('file://somehost/tmp')]]) {
  try {
    spawnSync('pwd', { cwd });
    console.log(label, 'accepted');
  } catch (e) {
    console.log(label, e.code, e.message);
  }
}
const asString = spawnSync('pwd', { cwd: 'file:///' });
console.log('URL string', asString.error?.code, asString.error?.path);

exec('pwd', { cwd: fixtures }, (err, stdout) => {
  console.log('exec', err, show(stdout));
  const child = spawn('pwd', { cwd: new URL('tree/', fixtures) });
  child.stdout.on('data', (d) => console.log('spawn', show(d)));
  child.on('close', (code) => console.log('spawn close', code));
});

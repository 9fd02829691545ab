// spawnSync options: cwd, env, argv0, input of every kind, shell, stdio arrays.
const { spawnSync } = require('child_process');
const path = require('path');

const out = (r) => (r.error ? r.error.code : `${r.status} ${JSON.stringify(String(r.stdout))}`);

console.log('cwd', out(spawnSync('pwd', { cwd: '/' })));
console.log('cwd relative', out(spawnSync('sh', ['-c', 'basename "$PWD"'], { cwd: '..' })));
console.log('cwd Buffer', out(spawnSync('pwd', { cwd: Buffer.from('/tmp') })));
console.log('env', out(spawnSync('sh', ['-c', 'echo "$A-$B"'], { env: { A: 'x', B: 42 } })));
console.log('env undefined value', out(spawnSync('sh', ['-c', 'echo "${A-unset}"'], { env: { A: undefined } })));
console.log('env inherited prototype', out(spawnSync('sh', ['-c', 'echo "$P"'], { env: Object.create({ P: 'proto' }) })));
console.log('env without PATH finds ls', spawnSync('ls', ['/'], { env: {} }).status);
console.log('env PATH searched', out(spawnSync('ls', { env: { PATH: '/nonexistent' } })));
console.log('argv0', out(spawnSync('sh', ['-c', 'echo $0'], { argv0: 'renamed' })));
console.log('input string', out(spawnSync('cat', { input: 'abc' })));
console.log('input Buffer', out(spawnSync('cat', { input: Buffer.from('buf') })));
console.log('input Uint8Array', out(spawnSync('cat', { input: new Uint8Array([104, 105]) })));
console.log('input DataView', out(spawnSync('cat', { input: new DataView(new Uint8Array([100, 118]).buffer) })));
console.log('input with encoding', out(spawnSync('cat', { input: '6869', encoding: 'hex' })));
console.log('input large', spawnSync('wc', ['-c'], { input: 'x'.repeat(300000) }).stdout.toString().trim());
console.log('shell true', out(spawnSync('echo $((1+2)) | tr 3 4', { shell: true })));
console.log('shell args joined', out(spawnSync('echo', ['a', 'b'], { shell: true })));
console.log('shell string', out(spawnSync('echo $0', { shell: '/bin/bash' })));
const mixed = spawnSync('sh', ['-c', 'echo to-out; echo to-err >&2'], { stdio: ['ignore', 'pipe', 'ignore'] });
console.log('stdio mixed', mixed.output, mixed.stdout.toString());
const inherit = spawnSync('sh', ['-c', 'echo inherited-out; echo inherited-err >&2'], { stdio: 'inherit' });
console.log('stdio inherit', inherit.output, inherit.stdout, inherit.stderr);
const fds = spawnSync('sh', ['-c', 'echo via-fd-2'], { stdio: [0, 2, 'pipe'] });
console.log('stdio integers', fds.output);
const fd3 = spawnSync('sh', ['-c', 'echo three >&3'], { stdio: ['pipe', 'pipe', 'pipe', 'pipe'] });
console.log('stdio fourth pipe', fd3.output.map((b) => b && b.toString()));
console.log('windowsHide accepted', spawnSync('true', { windowsHide: true }).status);
console.log('detached', out(spawnSync('sh', ['-c', 'ps -o sid= -p $$ | tr -d " " | grep -qx $$ && echo leader'], { detached: true })));
console.log('file with slash', out(spawnSync('/bin/echo', ['abs'])));
console.log('relative file', out(spawnSync(path.relative(process.cwd(), '/bin/echo'), ['rel'])));

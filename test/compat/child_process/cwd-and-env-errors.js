// Where a child starts and what it sees: a missing cwd (ENOENT, reported for the command: spawn, spawnSync,
// execFileSync), a cwd that is a file, env values that are not strings (stringified) or undefined (dropped), and
// an env without PATH (the command is not found).
const { spawn, spawnSync, execFileSync } = require('node:child_process');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cp-cwd-'));
const missing = path.join(dir, 'missing');
const file = path.join(dir, 'file.txt');
fs.writeFileSync(file, 'x');
const show = (err) => err && [err.code, err.errno, err.syscall, err.path === undefined ? '-' : path.basename(err.path),
  JSON.stringify(err.spawnargs)].join(' ');

const r1 = spawnSync('pwd', [], { cwd: missing });
console.log('spawnSync missing cwd:', show(r1.error), r1.status, r1.pid === 0);
const r2 = spawnSync('pwd', [], { cwd: file });
console.log('spawnSync file cwd:', show(r2.error), r2.status);
try {
  execFileSync('pwd', [], { cwd: missing, stdio: 'pipe' });
} catch (err) {
  console.log('execFileSync missing cwd:', show(err), err.status);
}
const r3 = spawnSync('sh', ['-c', 'echo "$A|$B|$C|${D-unset}"'], { env: { A: 1, B: true, C: null, D: undefined }, encoding: 'utf8' });
console.log('env values:', JSON.stringify(r3.stdout));
const r4 = spawnSync('ls', [], { env: {} });
console.log('no PATH:', r4.error?.code, r4.error?.syscall);
const r5 = spawnSync('/bin/sh', ['-c', 'echo "[${PATH-none}]"'], { env: {}, encoding: 'utf8' });
console.log('absolute command without PATH:', r5.status, JSON.stringify(r5.stdout));

const child = spawn('pwd', [], { cwd: missing });
child.on('error', (err) => console.log('spawn missing cwd error:', show(err)));
child.on('close', (code, signal) => {
  console.log('spawn close:', code, signal);
  fs.rmSync(dir, { recursive: true });
});

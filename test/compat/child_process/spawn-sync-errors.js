// spawnSync failures: ENOENT/EACCES as Node's errors, timeout with killSignal, maxBuffer.
const { spawnSync } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');

function show(label, r) {
  const { pid, error, ...rest } = r;
  console.log(label, pid, rest);
  if (error) {
    console.log('  error', error instanceof Error, error.message, { ...error });
  }
}

show('missing command', spawnSync('no-such-command-jnode', ['a', 'b']));
show('missing absolute', spawnSync('/no/such/file', []));
show('missing cwd', spawnSync('true', { cwd: '/no/such/dir' }));
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cp-'));
const script = path.join(dir, 'not-executable');
fs.writeFileSync(script, '#!/bin/sh\necho hi\n');
const r = spawnSync(script);
console.log('not executable', r.error.code, r.error.errno, r.error.syscall === `spawnSync ${script}`, r.status);
const dirRun = spawnSync(dir);
console.log('directory', dirRun.error.code, dirRun.error.errno);
fs.chmodSync(script, 0o755);
console.log('now executable', spawnSync(script).stdout.toString());
fs.rmSync(dir, { recursive: true });

const timed = spawnSync('sleep', ['5'], { timeout: 50 });
console.log('timeout', timed.error.code, timed.error.message, timed.status, timed.signal, timed.output);
const timedKill = spawnSync('sleep', ['5'], { timeout: 50, killSignal: 'SIGKILL' });
console.log('timeout SIGKILL', timedKill.error.code, timedKill.signal);
const timedNum = spawnSync('sleep', ['5'], { timeout: 50, killSignal: 2 });
console.log('timeout 2', timedNum.signal);
const lower = spawnSync('sleep', ['5'], { timeout: 50, killSignal: 'sigusr1' });
console.log('timeout lower-case name', lower.signal);
const big = spawnSync('yes', { maxBuffer: 100 });
console.log('maxBuffer', big.error.code, big.error.message, big.signal, big.status, big.stdout.length > 100);
console.log('maxBuffer 0 is unlimited', spawnSync('echo', ['hi'], { maxBuffer: 0 }).error);
console.log('maxBuffer Infinity', spawnSync('echo', ['hi'], { maxBuffer: Infinity }).stdout.toString());
const epipe = spawnSync('true', { input: 'x'.repeat(1 << 20) });
console.log('unread input', epipe.error && epipe.error.code, epipe.status);

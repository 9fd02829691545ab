// Async spawn failures as 'error' events: ENOENT for a missing command, a missing absolute path and a missing cwd,
// EACCES for a file without the execute bit and for a directory; each error's code, errno, syscall, path and
// spawnargs, the child's pid/exitCode, and which of 'spawn', 'exit' and 'close' follow.
const { spawn } = require('node:child_process');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cp-errors-'));
const script = path.join(dir, 'plain-file');
fs.writeFileSync(script, '#!/bin/sh\necho should not run\n');
const hide = (s) => (typeof s === 'string' ? s.split(dir).join('<tmp>') : s);

const attempts = [
  ['missing command', () => spawn('no-such-command-jnode', ['one', 'two'])],
  ['missing absolute', () => spawn('/no/such/dir/tool', [], { stdio: 'ignore' })],
  ['missing cwd', () => spawn('ls', ['-d', '.'], { cwd: path.join(dir, 'nope') })],
  ['not executable', () => spawn(script, ['arg'])],
  ['a directory', () => spawn(dir, [], { stdio: 'inherit' })],
  ['argv0 kept in spawnargs', () => spawn('no-such-command-jnode', ['x'], { argv0: 'custom-zero' })],
];
(function run(i) {
  if (i === attempts.length) {
    fs.rmSync(dir, { recursive: true });
    return;
  }
  const [label, start] = attempts[i];
  const child = start();
  const events = [];
  console.log(label, '| pid', child.pid, '| stdio', child.stdio.map((s) => (s ? 'stream' : s)).join(','));
  child.on('spawn', () => events.push('spawn'));
  child.on('exit', (code, signal) => events.push(`exit ${code} ${signal}`));
  child.on('error', (err) => {
    events.push('error');
    console.log('  ', err.constructor.name, err.code, err.errno, hide(err.syscall), hide(err.path),
      JSON.stringify(err.spawnargs.map(hide)), hide(err.message));
    console.log('   own keys', Object.keys(err).join(','));
  });
  child.on('close', (code, signal) => {
    events.push(`close ${code} ${signal}`);
    console.log('   events', events.join(' > '), '| exitCode', child.exitCode, 'signalCode', child.signalCode,
      'connected', child.connected, 'killed', child.killed);
    run(i + 1);
  });
}(0));

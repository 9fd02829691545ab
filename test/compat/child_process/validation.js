// Argument validation of the child_process functions, with Node's codes and messages.
const cp = require('child_process');

function check(label, fn) {
  try {
    fn();
    console.log(label, 'ok');
  } catch (e) {
    console.log(label, e.name, e.code, e.message);
  }
}
check('file number', () => cp.spawnSync(5));
check('file empty', () => cp.spawnSync(''));
check('file null byte', () => cp.spawnSync('a\0b'));
check('args number', () => cp.spawnSync('x', 5));
check('args null byte', () => cp.spawnSync('x', ['ok', 'a\0']));
check('options number', () => cp.spawnSync('x', [], 5));
check('cwd number', () => cp.spawnSync('x', { cwd: 5 }));
check('detached', () => cp.spawnSync('x', { detached: 1 }));
check('uid', () => cp.spawnSync('x', { uid: 'a' }));
check('gid', () => cp.spawnSync('x', { gid: 1.5 }));
check('shell', () => cp.spawnSync('x', { shell: 5 }));
check('argv0', () => cp.spawnSync('x', { argv0: 1 }));
check('windowsHide', () => cp.spawnSync('x', { windowsHide: 'yes' }));
check('env null byte', () => cp.spawnSync('x', { env: { A: 'b\0' } }));
check('timeout', () => cp.spawnSync('x', { timeout: 1.5 }));
check('timeout negative', () => cp.spawnSync('x', { timeout: -1 }));
check('maxBuffer', () => cp.spawnSync('x', { maxBuffer: -1 }));
check('killSignal unknown', () => cp.spawnSync('x', { killSignal: 'FOO' }));
check('killSignal boolean', () => cp.spawnSync('x', { killSignal: true }));
check('killSignal number unknown', () => cp.spawnSync('x', { killSignal: 999 }));
check('input number', () => cp.spawnSync('x', { input: 5 }));
check('stdio string', () => cp.spawnSync('x', { stdio: 'foo' }));
check('stdio object', () => cp.spawnSync('x', { stdio: [{}] }));
check('stdio ipc sync', () => cp.spawnSync('x', { stdio: ['ipc'] }));
check('spawn stdio buffer', () => cp.spawn('x', { stdio: [Buffer.from('a')] }));
check('spawn two ipc', () => cp.spawn('x', { stdio: ['ipc', 'ipc'] }));
check('spawn timeout', () => cp.spawn('x', { timeout: 'a' }));
check('execSync command', () => cp.execSync(5));
check('execSync null byte', () => cp.execSync('a\0'));
check('execFileSync options', () => cp.execFileSync('x', [], 5));
check('execFile callback', () => cp.execFile('x', [], {}, 5));
check('exec options', () => cp.exec('x', 5));
check('kill unknown signal', () => cp.spawn('true', { stdio: 'ignore' }).kill('SIGFOO'));

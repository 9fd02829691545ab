// How spawn/exec/execFile and the *Sync forms sort their optional arguments, in which order they validate
// options, and the option edge cases (falsy input, maxBuffer limits, env values, shell and argv0 null bytes).
const cp = require('child_process');

// The warning printed to stderr would carry the pid; print only what identifies it.
process.removeAllListeners('warning');
process.on('warning', (w) => console.log('warning', w.name, w.code));
function check(label, fn) {
  try {
    console.log(label, 'ok', JSON.stringify(fn()));
  } catch (e) {
    console.log(label, e.name, e.code, e.message);
  }
}
const noop = () => {};
const kind = (value) => value && value.constructor.name;
check('execFile string args', () => kind(cp.execFile('echo', 'x', noop)));
check('execFile string args, bad timeout', () => kind(cp.execFile('echo', 'x', { timeout: -1 })));
check('execFile options, undefined, extra', () => kind(cp.execFile('true', { timeout: 1000 }, undefined, 5)));
check('execFile options twice', () => kind(cp.execFile('true', {}, {}, noop)));
check('execFile args number', () => kind(cp.execFile('echo', 5)));
check('execFile args boolean with callback', () => kind(cp.execFile('echo', true, noop)));
check('execFile null args, options number', () => kind(cp.execFile('echo', null, 5)));
check('execFile callback checked before argv0', () => kind(cp.execFile('echo', [], { argv0: 5 }, 7)));
check('execFile callback checked before timeout', () => kind(cp.execFile('echo', [], { timeout: -1 }, 7)));
check('execFile timeout before maxBuffer', () => kind(cp.execFile('echo', [], { timeout: -1, maxBuffer: -1 })));
check('execFile maxBuffer before killSignal', () => kind(cp.execFile('echo', [], { killSignal: 'X', maxBuffer: -1 })));
check('execFile killSignal before file', () => kind(cp.execFile(5, [], { killSignal: 'X' })));
check('execFile file number', () => kind(cp.execFile(5)));
check('execFile argv0 number', () => kind(cp.execFile('true', [], { argv0: 5 })));
check('exec options string', () => kind(cp.exec('true', 'abc', noop)));
check('exec options array', () => kind(cp.exec('true', ['abc'], noop)));
check('exec shell number means default shell', () => kind(cp.exec('true', { shell: 5 }, noop)));
check('exec callback number', () => kind(cp.exec('true', {}, 5)));
check('execSync options number', () => String(cp.execSync('echo five', 5)));
check('execSync shell false still uses a shell', () => String(cp.execSync('echo $((2+3))', { shell: false })));
check('execFileSync string args', () => cp.execFileSync('echo', 'x'));
check('execFileSync function args', () => String(cp.execFileSync('echo', noop)));
check('spawnSync options as args, third ignored', () => cp.spawnSync('pwd', { cwd: '/' }, 5).stdout.toString());
check('spawnSync stdio ipc string', () => cp.spawnSync('cat', { stdio: 'ipc' }));
check('spawnSync stdio number', () => cp.spawnSync('cat', { stdio: 5 }));
check('spawnSync stdio negative number is a pipe', () => cp.spawnSync('echo', ['hi'], { stdio: ['pipe', -1] }).stdout.toString());
check('spawnSync input 0 ignored', () => cp.spawnSync('cat', { input: 0 }).stdout.toString());
check('spawnSync input with stdin ignored', () => cp.spawnSync('cat', { input: 'x', stdio: ['ignore'] }).stdout.toString());
check('spawnSync unknown encoding', () => cp.spawnSync('echo', ['x'], { encoding: 'nope' }).stdout);
check('spawnSync env null value', () => cp.spawnSync('sh', ['-c', 'echo "[$A]"'], { env: { A: null } }).stdout.toString());
check('spawnSync killSignal number', () => cp.spawnSync('sleep', ['1'], { timeout: 10, killSignal: 9 }).signal);
check('spawnSync maxBuffer string', () => cp.spawnSync('echo', { maxBuffer: '5' }));
check('spawnSync maxBuffer Infinity', () => cp.spawnSync('echo', ['x'], { maxBuffer: Infinity }).stdout.toString());
check('spawnSync maxBuffer 0', () => cp.spawnSync('echo', ['x'], { maxBuffer: 0 }).stdout.toString());
check('spawnSync maxBuffer 1', () => {
  const r = cp.spawnSync('echo', ['xyz'], { maxBuffer: 1 });
  return [String(r.stdout), r.error && r.error.code, r.error && r.error.message];
});
check('spawnSync numbers in args', () => cp.spawnSync('echo', [1, 2]).stdout.toString());
check('spawn options as args', () => cp.spawn('true', { stdio: 'ignore' }).spawnargs);
check('spawn argv0 first in spawnargs', () => cp.spawn('true', ['a'], { argv0: 'first', stdio: 'ignore' }).spawnargs);
check('spawn shell string null byte', () => cp.spawn('true', ['a'], { shell: 'a\0', stdio: 'ignore' }));
check('spawn argv0 null byte', () => cp.spawn('true', ['a'], { argv0: 'a\0', stdio: 'ignore' }));
check('spawn env key null byte', () => cp.spawn('true', ['a'], { env: { 'a\0': 'x' }, stdio: 'ignore' }));
check('spawn env key null byte, undefined value', () => cp.spawn('true', [], { env: { 'a\0': undefined }, stdio: 'ignore' }).spawnfile);
check('spawn numbers in args', () => cp.spawn('true', [1, 2], { stdio: 'ignore' }).spawnargs);
check('spawn windowsVerbatimArguments', () => cp.spawn('true', { windowsVerbatimArguments: 1 }));
check('spawn killSignal unknown', () => cp.spawn('true', { killSignal: 'NOPE' }));
check('spawn timeout before killSignal', () => cp.spawn('true', { timeout: -1, killSignal: 'NOPE' }));
check('spawn cwd null byte', () => cp.spawn('true', { cwd: 'a\0' }));
check('spawn detached null', () => cp.spawn('true', { detached: null, stdio: 'ignore' }).spawnfile);
check('spawn shell with args', () => cp.spawn('true', ['a', 'b'], { shell: true, stdio: 'ignore' }).spawnargs);
check('spawn shell with args again', () => cp.spawn('true', ['c'], { shell: '/bin/sh', stdio: 'ignore' }).spawnargs);

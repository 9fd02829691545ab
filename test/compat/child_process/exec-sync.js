// execSync and execFileSync: return values, thrown errors, stderr passed through.
const { execSync, execFileSync } = require('child_process');

console.log(JSON.stringify(execSync('echo hi')));
console.log(execSync('echo hi', { encoding: 'utf8' }));
console.log(execFileSync('echo', ['a', 'b'], { encoding: 'latin1' }));
console.log(execFileSync('cat', { input: 'from input' }).toString());
console.log(execSync('echo $0', { shell: '/bin/bash', encoding: 'utf8' }));
console.log(execSync('echo to-stderr >&2; echo out', { encoding: 'utf8' }));

function failure(label, fn) {
  try {
    fn();
    console.log(label, 'no error');
  } catch (e) {
    const { pid, error, ...rest } = e;
    console.log(label, e.constructor.name, JSON.stringify(e.message), typeof pid, error === e, rest);
  }
}
failure('execSync exit 2', () => execSync('echo out; echo boom >&2; exit 2'));
failure('execSync quiet exit 1', () => execSync('exit 1'));
failure('execSync signal', () => execSync('kill -TERM $$'));
failure('execFileSync exit 5', () => execFileSync('sh', ['-c', 'exit 5']));
failure('execFileSync argv0 in message', () => execFileSync('sh', ['-c', 'exit 5'], { argv0: 'shell' }));
failure('execFileSync stdio pipe keeps stderr', () => execFileSync('sh', ['-c', 'echo kept >&2; exit 1'], { stdio: 'pipe' }));
failure('execFileSync missing', () => execFileSync('no-such-command-jnode', ['x']));
failure('execSync timeout', () => execSync('sleep 5', { timeout: 50 }));
failure('execSync encoding', () => execSync('echo e >&2; exit 9', { encoding: 'utf8' }));

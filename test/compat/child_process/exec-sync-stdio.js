// execSync/execFileSync with stdio choices: 'inherit' (returns null), ['pipe', 'pipe', 'ignore'], an input string
// piped through the shell, cwd and env, and the thrown error's status/signal/stdout/stderr/output for a failing
// command whose stderr is captured versus passed through.
const { execSync, execFileSync } = require('node:child_process');

console.log('inherit returns', execSync('echo inherited', { stdio: 'inherit' }));
console.log('stderr ignored', JSON.stringify(execSync('echo out; echo err >&2', { stdio: ['pipe', 'pipe', 'ignore'], encoding: 'utf8' })));
console.log('input', JSON.stringify(execSync('tr a-z A-Z | rev', { input: 'hello\nworld\n', encoding: 'utf8' })));
console.log('cwd+env', JSON.stringify(execSync('echo "$(basename "$PWD") $GREETING"', { cwd: __dirname, env: { GREETING: 'hi' }, encoding: 'utf8' })));
console.log('execFileSync input buffer', execFileSync('wc', ['-c'], { input: Buffer.alloc(1234) }).toString().trim());

for (const [label, fn] of [
  ['captured', () => execSync('echo partial; echo problem >&2; exit 4', { stdio: 'pipe', encoding: 'utf8' })],
  ['stderr ignored', () => execSync('echo problem >&2; exit 5', { stdio: ['pipe', 'pipe', 'ignore'] })],
  ['killed by signal', () => execFileSync('sh', ['-c', 'echo before; kill -KILL $$'], { encoding: 'utf8' })],
  ['maxBuffer', () => execSync('printf 1234567890; sleep 1', { maxBuffer: 4, encoding: 'utf8' })],
]) {
  try {
    fn();
    console.log(label, 'no error');
  } catch (e) {
    console.log(label, JSON.stringify(e.message), e.status, e.signal, e.code,
      JSON.stringify(e.stdout), JSON.stringify(e.stderr), JSON.stringify(e.output));
  }
}

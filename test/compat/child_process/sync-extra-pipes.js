// spawnSync with more than three stdio entries: an extra 'pipe' (fd 3, 4) is collected into output[3], output[4]
// like stdout and stderr (with the encoding applied), 'ignore' gives null, and an input string still feeds fd 0;
// execFileSync returns only stdout and its error carries every output entry.
const { spawnSync, execFileSync } = require('node:child_process');

const script = 'cat; echo three >&3; echo four >&4; echo out; echo err >&2';
const r = spawnSync('sh', ['-c', script], { stdio: ['pipe', 'pipe', 'pipe', 'pipe', 'pipe'], input: 'from input\n' });
console.log('buffers', r.output.length, r.output.map((b) => b && `${b.constructor.name} ${JSON.stringify(String(b))}`));
const text = spawnSync('sh', ['-c', script], { stdio: ['pipe', 'pipe', 'ignore', 'pipe', 'ignore'], encoding: 'utf8' });
console.log('utf8', JSON.stringify(text.output), JSON.stringify(text.stdout), text.stderr);
const hex = spawnSync('sh', ['-c', 'printf AB >&3'], { stdio: ['ignore', 'ignore', 'ignore', 'pipe'], encoding: 'hex' });
console.log('hex', JSON.stringify(hex.output), hex.status);
console.log('execFileSync', JSON.stringify(execFileSync('sh', ['-c', 'echo x >&3; echo y'],
  { stdio: ['pipe', 'pipe', 'pipe', 'pipe'], encoding: 'utf8' })));
try {
  execFileSync('sh', ['-c', 'echo fd3 >&3; echo o; exit 2'], { stdio: ['pipe', 'pipe', 'pipe', 'pipe'], encoding: 'utf8' });
} catch (e) {
  console.log('error', e.status, JSON.stringify(e.output), JSON.stringify(e.stdout), JSON.stringify(e.stderr));
}

// concurrently (itself run by jnode): several shell commands with prefixed output, and --kill-others stopping
// the slow one.
const { execFileSync } = require('node:child_process');
const path = require('node:path');

const node = process.execPath;
const bin = path.join(path.dirname(require.resolve('concurrently/package.json')), 'dist/bin/concurrently.js');
const q = (s) => `"${s}"`;
const output = execFileSync(node, [bin, '--names', 'one,two', '--prefix', '[{name}]', '--no-color',
  'echo first', 'sleep 0.3 && echo second'],
{ encoding: 'utf8', shell: false });
console.log('concurrently', output.split('\n').filter((l) => /^\[(one|two)\] (first|second)$/.test(l)).sort());
try {
  execFileSync(node, [bin, '--kill-others', '--no-color', '--names', 'fast,slow',
    'exit 2', q(`${node} -e "setTimeout(() => {}, 60000)"`)],
  { encoding: 'utf8', stdio: 'pipe' });
} catch (err) {
  console.log('concurrently --kill-others status', err.status,
    /\[fast\] .* exited with code 2/.test(err.stdout), /Sending SIGTERM to other processes/.test(err.stdout));
}

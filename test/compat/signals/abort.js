// process.abort() ends the process by SIGABRT (no 'exit' listeners run, output written before stays), as seen by
// spawnSync and by spawn's 'exit'. Core dumps are switched off in the child's shell.
const { spawnSync, spawn } = require('node:child_process');

const code = 'process.on("exit", () => console.log("exit listener")); console.log("before"); process.abort(); console.log("after")';
const args = ['-c', 'ulimit -c 0; exec "$0" "$@"', process.execPath, '-e', code];
const sync = spawnSync('sh', args, { encoding: 'utf8' });
console.log('spawnSync', sync.status, sync.signal, JSON.stringify(sync.stdout));
const child = spawn('sh', args, { stdio: ['ignore', 'pipe', 'ignore'] });
let out = '';
child.stdout.on('data', (chunk) => { out += chunk; });
child.on('close', (status, signal) => console.log('spawn', status, signal, JSON.stringify(out)));

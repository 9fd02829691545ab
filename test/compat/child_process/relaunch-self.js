// Node's tests launch process.execPath constantly: the runtime runs itself with arguments and stdio.
const { spawnSync, execFileSync, execFile } = require('child_process');

const r = spawnSync(process.execPath, ['-e', 'console.log(1 + 1); console.error("e"); process.exitCode = 3']);
console.log(r.status, r.signal, JSON.stringify(r.stdout.toString()), JSON.stringify(r.stderr.toString()));
console.log(execFileSync(process.execPath, ['-p', 'process.argv.length'], { encoding: 'utf8' }));
const piped = spawnSync(process.execPath, ['-'], { input: 'console.log("from stdin")', encoding: 'utf8' });
console.log(piped.stdout);
const killed = spawnSync(process.execPath, ['-e', 'process.kill(process.pid, "SIGTERM")']);
console.log('self SIGTERM', killed.status, killed.signal);
execFile(process.execPath, ['-e', 'throw new Error("oops")'], (err, stdout, stderr) => {
  console.log('uncaught', err.code, stderr.includes('Error: oops'));
});

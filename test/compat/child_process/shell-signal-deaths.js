// Shells that kill themselves with each common signal: the signal name reported by spawnSync, by async spawn's
// 'exit' and 'close' (code null, child.signalCode), by exec's error (code null, signal, killed false) and by
// execSync's thrown error (status null, signal, message). Core dumps are turned off in the shell first.
const { spawn, spawnSync, exec, execSync } = require('node:child_process');

const signals = ['HUP', 'INT', 'QUIT', 'ABRT', 'USR1', 'USR2', 'PIPE', 'ALRM', 'TERM', 'KILL'];
const script = (sig) => `ulimit -c 0; echo before; kill -${sig} $$; echo after`;

for (const sig of signals) {
  const r = spawnSync('sh', ['-c', script(sig)], { encoding: 'utf8' });
  console.log('spawnSync', sig.padEnd(5), r.status, r.signal, JSON.stringify(r.stdout));
}

function viaSpawn(sig) {
  return new Promise((resolve) => {
    const child = spawn('sh', ['-c', script(sig)], { stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    let exit;
    child.stdout.on('data', (d) => { out += d; });
    child.on('exit', (code, signal) => { exit = `${code}/${signal}`; });
    child.on('close', (code, signal) => {
      console.log('spawn', sig.padEnd(5), 'exit', exit, 'close', `${code}/${signal}`, child.exitCode, child.signalCode,
        child.killed, JSON.stringify(out));
      resolve();
    });
  });
}

function viaExec(sig) {
  return new Promise((resolve) => {
    exec(script(sig), (err, stdout) => {
      console.log('exec', sig.padEnd(5), err.code, err.signal, err.killed, JSON.stringify(err.message),
        JSON.stringify(stdout));
      resolve();
    });
  });
}

(async () => {
  for (const sig of signals) await viaSpawn(sig);
  for (const sig of ['INT', 'USR2', 'KILL']) await viaExec(sig);
  for (const sig of ['QUIT', 'TERM']) {
    try {
      execSync(script(sig), { stdio: 'pipe' });
    } catch (e) {
      console.log('execSync', sig, e.status, e.signal, JSON.stringify(e.message), JSON.stringify(String(e.stdout)));
    }
  }
})();

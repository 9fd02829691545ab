// A runtime child killed by a signal it has no listener for: the parent sees code null and the signal name (exit
// and close), the child's 'exit' listeners never run, and an ignored SIGPIPE does not end it (the next signal does).
const { spawn } = require('node:child_process');

const child = `process.on('exit', () => console.log('exit listener ran'));
  setInterval(() => {}, 1000);
  console.log('ready');`;

function run(signals) {
  return new Promise((resolve) => {
    // no core files for the signals whose default action dumps one
    const proc = spawn('sh', ['-c', 'ulimit -c 0; exec "$0" "$@"', process.execPath, '-e', child],
      { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    proc.stdout.setEncoding('utf8').on('data', (d) => {
      out += d;
      if (out === 'ready\n') for (const s of signals) proc.kill(s);
    });
    proc.stderr.setEncoding('utf8').on('data', (d) => { err += d; });
    let exit;
    proc.on('exit', (code, signal) => { exit = `${code}/${signal}`; });
    proc.on('close', (code, signal) => {
      console.log(signals.join('+').padEnd(16), 'exit', exit, 'close', `${code}/${signal}`, 'signalCode',
        proc.signalCode, 'killed', proc.killed, 'stdout', JSON.stringify(out), 'stderr', JSON.stringify(err));
      resolve();
    });
  });
}

(async () => {
  for (const signals of [['SIGTERM'], ['SIGINT'], ['SIGHUP'], ['SIGKILL'], ['SIGALRM'], [15],
    ['SIGPIPE', 'SIGTERM']]) {
    await run(signals);
  }
})();

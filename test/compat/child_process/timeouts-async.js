// The timeout option of the async forms: spawn and execFile kill a slow child with killSignal (name or number),
// exec reports killed/signal in its error, a child that traps the first signal outlives it, and a child that ends
// before the timeout is untouched.
const { spawn, exec, execFile } = require('node:child_process');

const steps = [
  (next) => {
    const child = spawn('sleep', ['5'], { timeout: 100 });
    child.on('exit', (code, signal) => {
      console.log('spawn default killSignal', code, signal, child.killed);
      next();
    });
  },
  (next) => {
    const child = spawn('sleep', ['5'], { timeout: 100, killSignal: 9 });
    child.on('exit', (code, signal) => {
      console.log('spawn killSignal 9', code, signal, child.killed);
      next();
    });
  },
  (next) => execFile('sleep', ['5'], { timeout: 100, killSignal: 'SIGUSR1' }, (err, stdout) => {
    console.log('execFile SIGUSR1', err.killed, err.signal, err.code, err.message, JSON.stringify(stdout));
    next();
  }),
  (next) => exec('echo started; sleep 5', { timeout: 100 }, (err, stdout) => {
    console.log('exec', err.killed, err.signal, err.code, JSON.stringify(err.cmd), JSON.stringify(stdout));
    next();
  }),
  (next) => {
    const child = spawn('sh', ['-c', 'trap "echo trapped TERM" TERM; sleep 1.5 & wait; echo still here; exit 3'], { timeout: 500 });
    let out = '';
    child.stdout.on('data', (d) => { out += d; });
    child.on('close', (code, signal) => {
      console.log('trapping child', code, signal, child.killed, JSON.stringify(out));
      next();
    });
  },
  (next) => execFile('sh', ['-c', 'echo quick'], { timeout: 5000 }, (err, stdout) => {
    console.log('fast child', err, JSON.stringify(stdout));
    next();
  }),
  () => {
    for (const bad of [-1, 1.5, 'x']) {
      try {
        spawn('true', { timeout: bad });
      } catch (e) {
        console.log('timeout', JSON.stringify(bad), e.code, e.message);
      }
    }
  },
];
(function run(i) {
  if (i < steps.length) steps[i](() => run(i + 1));
}(0));

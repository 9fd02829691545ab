// Real signals to a runtime child with listeners: each listener gets the signal's name and number, several
// listeners run in order, once-listeners run once, and the child keeps running until it chooses to exit.
// The parent sends the next signal only after the child has reported the previous one.
const { spawn } = require('node:child_process');

const child = `
  const seen = [];
  for (const name of ['SIGHUP', 'SIGINT', 'SIGTERM', 'SIGALRM', 'SIGWINCH', 'SIGCONT', 'SIGUSR2']) {
    process.on(name, (...args) => console.log('first', JSON.stringify(args)));
  }
  process.on('SIGTERM', (signal) => console.log('second', signal));
  process.once('SIGHUP', (signal, number) => console.log('once', signal, number, process.listenerCount('SIGHUP')));
  process.on('SIGUSR2', () => { console.log('done'); process.exit(7); });
  setInterval(() => {}, 1000);
  console.log('ready');
`;
const signals = ['SIGHUP', 'SIGHUP', 'SIGINT', 'SIGTERM', 'SIGALRM', 'SIGWINCH', 'SIGCONT', 'SIGUSR2'];
const proc = spawn(process.execPath, ['-e', child], { stdio: ['ignore', 'pipe', 'inherit'] });
let pending = '';
let next = 0;
proc.stdout.setEncoding('utf8').on('data', (data) => {
  pending += data;
  const lines = pending.split('\n');
  pending = lines.pop();
  for (const line of lines) {
    console.log('child:', line);
    // a signal's report ends with its 'first' line (SIGTERM and SIGHUP have more listeners before it)
    if (line === 'ready' || line.startsWith('first')) {
      if (next < signals.length) proc.kill(signals[next++]);
    }
  }
});
proc.on('exit', (code, signal) => console.log('exit', code, signal));

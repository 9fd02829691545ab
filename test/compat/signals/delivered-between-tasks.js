// A signal that arrives while JavaScript is busy waits for the running task: the child's listener runs after its
// synchronous work and after the microtasks and nextTicks queued by it, never in the middle.
const { spawn } = require('node:child_process');

const child = `
  process.on('SIGINT', () => {
    console.log('SIGINT listener');
    process.nextTick(() => console.log('tick queued by the listener'));
    setImmediate(() => { console.log('immediate after the listener'); process.exit(0); });
  });
  setInterval(() => {}, 1000);
  process.stdin.once('data', () => {
    console.log('busy start');
    const end = Date.now() + 400;
    while (Date.now() < end);
    Promise.resolve().then(() => console.log('microtask after busy work'));
    process.nextTick(() => console.log('nextTick after busy work'));
    console.log('busy end');
  });
  console.log('ready');
`;
const proc = spawn(process.execPath, ['-e', child], { stdio: ['pipe', 'pipe', 'inherit'] });
let out = '';
let signalled = false;
proc.stdout.setEncoding('utf8').on('data', (data) => {
  out += data;
  // start the child's busy work and signal it while it is surely still busy (or, on a slow machine, just after)
  if (out === 'ready\n') {
    proc.stdin.write('go');
  } else if (out.includes('busy start\n') && !signalled) {
    signalled = true;
    proc.kill('SIGINT');
  }
});
proc.on('close', (code, signal) => {
  process.stdout.write(out);
  console.log('close', code, signal);
});

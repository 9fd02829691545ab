// A runtime child that handles the parent's signal decides how it ends: process.exit(n) in the listener, or
// process.exitCode plus letting the loop drain; 'exit' listeners run with that code; a listener that does
// nothing leaves the child running until an uncatchable SIGKILL.
const { spawn } = require('node:child_process');

const children = {
  'exit(3) on SIGTERM': ['SIGTERM', `process.on('SIGTERM', (s) => { console.log('got', s); process.exit(3); });`],
  'exitCode 5 on SIGINT': ['SIGINT', `process.on('SIGINT', (s, n) => { console.log('got', s, n); process.exitCode = 5; clearInterval(timer); });`],
  'exit(128+1) on SIGHUP': ['SIGHUP', `process.on('SIGHUP', () => process.exit(128 + require('os').constants.signals.SIGHUP));`],
  'ignores SIGTERM': ['SIGTERM', `process.on('SIGTERM', () => { console.log('ignoring'); setImmediate(() => process.kill(process.pid, 0) && console.log('alive')); });`],
};

function run(label, signal, source) {
  const program = `const timer = setInterval(() => {}, 1000);
    process.on('exit', (code) => console.log('exit listener', code));
    ${source}
    console.log('ready');`;
  return new Promise((resolve) => {
    const proc = spawn(process.execPath, ['-e', program], { stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    proc.stdout.setEncoding('utf8').on('data', (d) => {
      out += d;
      if (out.endsWith('ready\n')) proc.kill(signal);
      if (out.endsWith('alive\n')) proc.kill('SIGKILL');
    });
    proc.on('close', (code, sig) => {
      console.log(`${label}: code ${code} signal ${sig} killed ${proc.killed}`, JSON.stringify(out));
      resolve();
    });
  });
}

(async () => {
  for (const [label, [signal, source]] of Object.entries(children)) await run(label, signal, source);
})();

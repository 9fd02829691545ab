// process.kill on another process: signal 0 probes a live child, names and numbers both work, an unknown name is
// refused before anything is sent, and once the child has been reaped the pid answers ESRCH (a SystemError-like
// errno error with syscall 'kill').
const { spawn } = require('node:child_process');

const child = spawn(process.execPath, ['-e', `
  process.on('SIGUSR2', () => console.log('child got SIGUSR2'));
  process.on('SIGHUP', () => { console.log('child got SIGHUP'); process.exit(3); });
  setInterval(() => {}, 1000);
  console.log('ready');
`], { stdio: ['ignore', 'pipe', 'inherit'] });

const { pid } = child;
child.stdout.setEncoding('utf8').on('data', (data) => {
  for (const line of data.trim().split('\n')) {
    console.log('child says:', line);
    if (line === 'ready') {
      console.log('probe', process.kill(pid, 0));
      try {
        process.kill(pid, 'SIGNOPE');
      } catch (err) {
        console.log('unknown', err.name, err.code, err.message);
      }
      console.log('SIGUSR2 by name', process.kill(pid, 'SIGUSR2'));
    } else if (line === 'child got SIGUSR2') {
      console.log('SIGHUP by number', process.kill(pid, 1));
    }
  }
});
child.on('exit', (code, signal) => {
  console.log('exit', code, signal);
  try {
    process.kill(pid, 0);
    console.log('still there');
  } catch (err) {
    console.log('after exit', err.name, err.code, err.errno, err.syscall, err.message);
  }
});

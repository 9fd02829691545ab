// A runtime child with process.on('SIGUSR2'/'SIGTERM'/'SIGHUP') listeners: signals from the parent run them
// instead of killing, a process can signal itself with process.kill, kill(pid, 0) probes, a removed listener
// restores the default action, and the exit the parent sees (code from the listener, or the signal).
const { spawn } = require('node:child_process');

if (process.argv[2] === 'child') {
  const say = (line) => process.stdout.write(`${line}\n`);
  let usr2 = 0;
  process.on('SIGUSR2', (name, number) => {
    say(`child: got ${name} ${number}`);
    if (++usr2 === 1) say('ready');
  });
  process.on('SIGTERM', (name) => {
    say(`child: got ${name}, exiting with 7`);
    process.exit(7);
  });
  const onHup = () => say('child: HUP listener (should be removed)');
  process.on('SIGHUP', onHup);
  process.removeListener('SIGHUP', onHup);
  say(`child: kill(self, 0) ${process.kill(process.pid, 0)}`);
  process.kill(process.pid, 'SIGUSR2');
  setInterval(() => {}, 1000);
} else {
  const runChild = (mode) => {
    const child = spawn(process.execPath, [__filename, 'child'], { stdio: ['ignore', 'pipe', 'inherit'] });
    child.stdout.setEncoding('utf8');
    let buffered = '';
    child.stdout.on('data', (chunk) => {
      buffered += chunk;
      let nl;
      while ((nl = buffered.indexOf('\n')) >= 0) {
        const line = buffered.slice(0, nl);
        buffered = buffered.slice(nl + 1);
        console.log(line);
        if (line === 'ready') {
          if (mode === 'term') child.kill('SIGUSR2');
          else child.kill('SIGHUP');
        }
        if (line.includes('got SIGUSR2 12') && mode === 'term' && ++child.usr2 === 2) child.kill('SIGTERM');
      }
    });
    child.usr2 = 0;
    return new Promise((resolve) => child.on('exit', (code, signal) => {
      console.log(`parent: ${mode} child exit`, code, signal, child.signalCode);
      resolve();
    }));
  };
  runChild('term').then(() => runChild('hup')).then(() => {
    try {
      process.kill(2 ** 22 + 12345, 0);
    } catch (e) {
      console.log('no such pid', e.code, e.syscall, e.errno);
    }
  });
}

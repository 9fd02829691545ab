// Async spawn with stdio 'inherit'/'ignore': event order, exitCode/signalCode, kill, errors, timeout.
const { spawn } = require('child_process');

function watch(label, child, done) {
  const seen = [];
  for (const event of ['spawn', 'exit', 'close', 'error']) {
    child.on(event, (...args) => {
      seen.push(`${event}(${args.map((a) => (a instanceof Error ? `${a.code} ${a.message}` : String(a))).join(', ')})`);
      if (event === 'close') {
        console.log(label, seen.join(' '), '| exitCode', child.exitCode, 'signalCode', child.signalCode,
          'killed', child.killed);
        done?.();
      }
    });
  }
}

const steps = [
  (next) => watch('exit 4', spawn('sh', ['-c', 'exit 4'], { stdio: 'ignore' }), next),
  (next) => watch('inherit', spawn('sh', ['-c', 'echo child-says-hi'], { stdio: 'inherit' }), next),
  (next) => {
    const child = spawn('no-such-command-jnode', ['x'], { stdio: 'ignore' });
    console.log('pid of a failed spawn', child.pid, 'spawnfile', child.spawnfile, 'spawnargs', child.spawnargs);
    child.on('error', (e) => console.log('error fields', { ...e }));
    watch('ENOENT', child, next);
  },
  (next) => {
    const child = spawn('sleep', ['10'], { stdio: 'ignore' });
    console.log('pid is a number', typeof child.pid === 'number' && child.pid > 0);
    child.on('spawn', () => console.log('kill returns', child.kill()));
    watch('kill', child, next);
  },
  (next) => {
    const child = spawn('sleep', ['10'], { stdio: 'ignore' });
    child.on('spawn', () => console.log('kill SIGKILL returns', child.kill('SIGKILL')));
    watch('kill SIGKILL', child, () => {
      console.log('kill after exit', child.kill());
      next();
    });
  },
  (next) => watch('timeout', spawn('sleep', ['10'], { stdio: 'ignore', timeout: 50, killSignal: 'SIGINT' }), next),
  (next) => watch('shell', spawn('exit 3', { stdio: 'ignore', shell: true }), next),
  (next) => watch('self signal', spawn('sh', ['-c', 'kill -USR1 $$'], { stdio: 'ignore' }), next),
  (next) => {
    const child = spawn('sh', ['-c', 'exit 0'], { stdio: ['ignore', 'inherit', 'inherit'] });
    console.log('stdio streams', child.stdin, child.stdout, child.stderr, child.stdio);
    watch('mixed', child, next);
  },
];
(function run(i) {
  if (i < steps.length) steps[i](() => run(i + 1));
}(0));

// Every signal a program may catch, sent to itself with process.kill(process.pid, name) while a once-listener
// waits: the listener gets the name and the number, the process goes on. process.kill(pid) sends SIGTERM, a
// number is reported by its name, a pid given as a numeric string works, and signal 0 calls nothing. (SIGQUIT is
// left out: the JVM under jnode keeps it for thread dumps; SIGKILL and SIGSTOP cannot be caught.)
const names = ['SIGHUP', 'SIGINT', 'SIGTRAP', 'SIGUSR1', 'SIGUSR2', 'SIGPIPE', 'SIGALRM', 'SIGTERM', 'SIGSTKFLT',
  'SIGCHLD', 'SIGCONT', 'SIGTSTP', 'SIGTTIN', 'SIGTTOU', 'SIGURG', 'SIGXCPU', 'SIGXFSZ', 'SIGVTALRM', 'SIGPROF',
  'SIGWINCH', 'SIGIO', 'SIGPWR', 'SIGSYS'];
const keepAlive = setInterval(() => {}, 1000);
const steps = names.map((name) => [`kill(pid, '${name}')`, () => process.kill(process.pid, name)]);
steps.push(['kill(pid)', () => process.kill(process.pid)]);
steps.push(['kill(pid, 12)', () => process.kill(process.pid, 12)]);
steps.push(["kill(String(pid), 'SIGHUP')", () => process.kill(String(process.pid), 'SIGHUP')]);

function next() {
  if (steps.length === 0) {
    process.on('SIGUSR2', () => console.log('signal 0 called a listener'));
    console.log('signal 0', process.kill(process.pid, 0));
    setTimeout(() => {
      process.removeAllListeners('SIGUSR2');
      clearInterval(keepAlive);
    }, 100);
    return;
  }
  const [label, step] = steps.shift();
  for (const name of names) {
    process.removeAllListeners(name);
    process.once(name, (got, number) => {
      console.log(label.padEnd(28), '->', got, number);
      setImmediate(next);
    });
  }
  console.log(label.padEnd(28), 'returned', step());
}
next();

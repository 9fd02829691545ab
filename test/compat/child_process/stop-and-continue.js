// Signals that do not end a child: SIGSTOP and SIGCONT succeed (kill() returns true and sets `killed`, though the
// child lives on), a stopped child brings no 'exit', and once continued it reads its input and exits normally
// (code 0, signal null, `killed` still true); SIGWINCH and SIGCHLD are ignored by a shell by default; SIGCONT to
// a running child changes nothing and a later kill() ends it with SIGTERM.
const { spawn } = require('node:child_process');

const child = spawn('sh', ['-c', 'read line; echo "got $line"; read again; echo "then $again"']);
let out = '';
child.stdout.setEncoding('utf8');
child.stdout.on('data', (d) => {
  out += d;
  if (out === 'got first\n') {
    console.log('SIGWINCH', child.kill('SIGWINCH'), child.killed, child.signalCode);
    console.log('SIGCHLD', child.kill('SIGCHLD'), child.signalCode);
    child.stdin.end('second\n');
  }
});
child.on('spawn', () => {
  console.log('killed before', child.killed);
  console.log('SIGSTOP', child.kill('SIGSTOP'), 'killed', child.killed, 'exitCode', child.exitCode);
  child.stdin.write('first\n');
  setTimeout(() => {
    console.log('still running', child.exitCode, child.signalCode, JSON.stringify(out));
    console.log('SIGCONT', child.kill('SIGCONT'));
  }, 200);
});
child.on('close', (code, signal) => {
  console.log('close', code, signal, 'killed', child.killed, JSON.stringify(out));
  const victim = spawn('sleep', ['10']);
  victim.on('spawn', () => {
    console.log('victim SIGCONT', victim.kill('SIGCONT'), victim.killed);
    victim.kill();
  });
  victim.on('exit', (code, signal) => console.log('victim exit', code, signal, victim.killed));
});

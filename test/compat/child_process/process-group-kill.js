// A detached child leads its own process group: process.kill(-pid, signal) reaches the shell and the background
// jobs holding its stdout, so 'close' follows at once; process.kill(pid, 0) probes a live child and throws ESRCH
// (code, errno, syscall) once it is reaped; signal names and numbers both work for process.kill.
const { spawn } = require('node:child_process');
const { once } = require('node:events');

(async () => {
  const leader = spawn('sh', ['-c', 'sleep 5 & sleep 5 & echo started; wait'], { detached: true });
  leader.stdout.setEncoding('utf8');
  console.log('output', JSON.stringify((await once(leader.stdout, 'data'))[0]));
  console.log('probe', process.kill(leader.pid, 0), process.kill(-leader.pid, 0));
  console.log('group kill', process.kill(-leader.pid, 'SIGTERM'));
  const [code, signal] = await once(leader, 'close');
  console.log('close', code, signal, 'killed flag', leader.killed);
  try {
    process.kill(leader.pid, 0);
    console.log('still there?');
  } catch (e) {
    console.log('probe after close', e.code, e.errno, e.syscall, e.message);
  }

  const numbered = spawn('sh', ['-c', 'echo ready; exec sleep 5'], { detached: true, stdio: ['ignore', 'pipe', 'ignore'] });
  await once(numbered.stdout, 'data');
  console.log('kill by number', process.kill(-numbered.pid, 9));
  console.log('exit', await once(numbered, 'exit'));
})();

// A 'SIGCHLD' listener next to child_process: the listener hears children end (spawned, spawnSync'd and exec'd
// ones) while each child's own 'exit' and results still arrive as usual; removing the listener leaves later
// children working. Only whether the listener ran is printed, since the kernel may merge several SIGCHLDs.
const { spawn, spawnSync, exec } = require('node:child_process');

let heard = 0;
let args;
const onChild = (...received) => {
  heard++;
  args = received;
};
process.on('SIGCHLD', onChild);

function waitForSignal(then) {
  const check = setInterval(() => {
    if (heard > 0) {
      clearInterval(check);
      then();
    }
  }, 10);
}

const child = spawn('sh', ['-c', 'exit 3']);
child.on('exit', (code, signal) => {
  console.log('spawn exit', code, signal);
  waitForSignal(() => {
    console.log('heard after spawn', heard > 0, args);
    heard = 0;
    const result = spawnSync('sh', ['-c', 'echo sync; exit 4'], { encoding: 'utf8' });
    console.log('spawnSync', result.status, JSON.stringify(result.stdout));
    exec('echo exec', (err, stdout) => {
      console.log('exec', err, JSON.stringify(stdout));
      waitForSignal(() => {
        console.log('heard after spawnSync and exec', heard > 0);
        process.removeListener('SIGCHLD', onChild);
        spawn('sh', ['-c', 'exit 5']).on('close', (code) => console.log('without listener', code));
      });
    });
  });
});

// Signals to shell children that trap them: the trap runs and picks the exit code (so signal is null), an untrapped
// signal ends the child with code null and signalCode, kill(0) tests without harming, numeric signals, unknown
// names throw ERR_UNKNOWN_SIGNAL, and kill() after the child is gone returns false.
const { spawn } = require('node:child_process');

function shell(script) {
  const child = spawn('sh', ['-c', script], { stdio: ['ignore', 'pipe', 'inherit'] });
  child.stdout.setEncoding('utf8');
  let out = '';
  child.stdout.on('data', (d) => { out += d; });
  child.output = () => JSON.stringify(out);
  child.ready = new Promise((resolve) => child.stdout.once('data', resolve));
  child.closed = new Promise((resolve) => child.on('close', (code, signal) => resolve(`${code} ${signal}`)));
  return child;
}

(async () => {
  const trapping = shell('trap "echo got TERM; exit 42" TERM; echo ready; while :; do sleep 0.05; done');
  await trapping.ready;
  console.log('kill(0)', trapping.kill(0), 'killed', trapping.killed);
  console.log('kill()', trapping.kill(), 'killed', trapping.killed);
  console.log('trapped TERM ->', await trapping.closed, trapping.exitCode, trapping.signalCode, trapping.output());

  const usr = shell('trap "echo got USR2" USR2; trap "echo got HUP; exit 3" HUP; echo ready; while :; do sleep 0.05; done');
  await usr.ready;
  usr.kill('SIGUSR2');
  await new Promise((resolve) => usr.stdout.once('data', resolve));
  usr.kill('SIGHUP');
  console.log('USR2 then HUP ->', await usr.closed, usr.output());

  const plain = shell('echo ready; exec sleep 10');
  await plain.ready;
  console.log('kill(2)', plain.kill(2));
  console.log('untrapped by number ->', await plain.closed, plain.exitCode, plain.signalCode, plain.killed);

  const ignored = shell('trap "" INT; echo ready; sleep 0.3; echo survived');
  await ignored.ready;
  ignored.kill('SIGINT');
  console.log('ignored INT ->', await ignored.closed, ignored.output());

  for (const bad of ['SIGNOPE', 'term', -1, 1.5, 65]) {
    try {
      plain.kill(bad);
      console.log('accepted', bad);
    } catch (e) {
      console.log('kill', JSON.stringify(bad), e.code, e.message);
    }
  }
  console.log('kill after close', plain.kill('SIGKILL'), plain.kill());
})();

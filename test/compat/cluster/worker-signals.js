// cluster: signals to workers that listen for them: worker.process.kill('SIGUSR2') runs the worker's handler and
// it stays; worker.kill('SIGINT') disconnects first, then the signal's handler picks the exit code; worker.kill()
// on a worker without handlers ends it by SIGTERM. The workers' output is captured (silent) and shown at the end.
const cluster = require('node:cluster');

if (cluster.isPrimary) {
  cluster.setupPrimary({ silent: true });
  const out = {};
  const results = {};
  const start = (plan) => {
    const w = cluster.fork({ PLAN: plan });
    out[plan] = '';
    w.process.stdout.on('data', (d) => {
      out[plan] += d;
      if (String(d).includes('ready')) act(plan, w);
      if (String(d).includes('USR2 handled')) w.kill('SIGINT');
    });
    results[plan] = {};
    w.on('disconnect', () => { results[plan].disconnect = `disconnect(connected=${w.isConnected()})`; });
    w.on('exit', (code, signal) => {
      results[plan].exit = `exit ${code} ${signal} after-disconnect=${w.exitedAfterDisconnect}`;
    });
  };
  const act = (plan, w) => {
    if (plan === 'handlers') w.process.kill('SIGUSR2');
    if (plan === 'plain') w.kill();
  };
  start('handlers');
  start('plain');
  process.on('exit', () => {
    for (const plan of ['handlers', 'plain']) {
      console.log(plan, '|', results[plan].disconnect, results[plan].exit, '|', JSON.stringify(out[plan]));
    }
  });
} else {
  const say = (s) => process.stdout.write(`${s}\n`);
  if (process.env.PLAN === 'handlers') {
    process.on('SIGUSR2', () => say('USR2 handled, still running'));
    process.on('SIGINT', () => {
      say(`SIGINT handled, connected=${process.connected}`);
      process.exit(21);
    });
  }
  setInterval(() => {}, 1000);
  say('ready');
}

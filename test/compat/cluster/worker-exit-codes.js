// How cluster workers end, seen from the primary: exit codes and signals on the worker's and the cluster's 'exit',
// exitedAfterDisconnect, isDead/isConnected afterwards, and 'disconnect' before 'exit' for each.
const cluster = require('node:cluster');

if (cluster.isPrimary) {
  const plans = ['exit 0', 'exit 5', 'throw', 'kill self', 'disconnect'];
  cluster.setupPrimary({ silent: true }); // the throwing worker's report stays out of the output
  const lines = [];
  cluster.on('exit', (worker, code, signal) => {
    lines.push(`cluster exit ${plans[worker.id - 1]}: ${code} ${signal} ` +
      `afterDisconnect=${worker.exitedAfterDisconnect} dead=${worker.isDead()} connected=${worker.isConnected()}`);
    if (Object.keys(cluster.workers).length === 0) console.log(lines.sort().join('\n'));
  });
  for (const plan of plans) {
    const worker = cluster.fork({ PLAN: plan });
    const events = [];
    worker.on('disconnect', () => events.push('disconnect'));
    worker.on('exit', () => {
      events.push('exit');
      lines.push(`worker ${plan}: ${events.join(' then ')}`);
    });
    if (plan === 'disconnect') worker.on('online', () => worker.disconnect());
  }
} else {
  const plan = process.env.PLAN;
  if (plan === 'exit 0') process.exit(0);
  else if (plan === 'exit 5') process.exit(5);
  else if (plan === 'throw') setImmediate(() => { throw new Error('worker fails'); });
  else if (plan === 'kill self') process.kill(process.pid, 'SIGTERM');
  // 'disconnect': stays until the primary disconnects it (the IPC channel keeps it alive until then).
}

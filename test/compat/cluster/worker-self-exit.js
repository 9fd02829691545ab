// cluster: a worker that ends itself: process.kill(process.pid) (SIGTERM), an uncaught exception (code 1), and
// cluster.worker.disconnect() from inside (exitedAfterDisconnect true); the 'exit' and 'disconnect' events the
// primary sees on the worker and on cluster (listed sorted, as their order is the OS's).
const cluster = require('node:cluster');

if (cluster.isPrimary) {
  cluster.setupPrimary({ silent: true });
  const plans = ['sigterm', 'throw', 'disconnect'];
  const log = {};
  for (const plan of plans) {
    const w = cluster.fork({ PLAN: plan });
    log[plan] = [];
    let stderr = '';
    w.process.stderr.on('data', (d) => { stderr += d; });
    w.on('disconnect', () => log[plan].push('worker disconnect'));
    w.on('exit', (code, signal) => {
      log[plan].push(`exit ${code} ${signal} after-disconnect=${w.exitedAfterDisconnect} state=${w.state}`);
    });
    w.process.on('close', () => log[plan].push(`stderr mentions the error: ${stderr.includes('Error: worker gave up')}`));
  }
  cluster.on('exit', (w) => log[plans[w.id - 1]].push('cluster exit'));
  cluster.on('disconnect', (w) => log[plans[w.id - 1]].push('cluster disconnect'));
  process.on('exit', () => {
    for (const plan of plans) console.log(plan.padEnd(10), log[plan].sort().join(' / '));
    console.log('workers left', Object.keys(cluster.workers));
  });
} else {
  setTimeout(() => {
    if (process.env.PLAN === 'sigterm') process.kill(process.pid);
    if (process.env.PLAN === 'throw') throw new Error('worker gave up');
    if (process.env.PLAN === 'disconnect') cluster.worker.disconnect();
  }, 50);
  setInterval(() => {}, 1000).unref();
  if (process.env.PLAN !== 'disconnect') setInterval(() => {}, 1000);
}

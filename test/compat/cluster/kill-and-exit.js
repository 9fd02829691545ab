// cluster: how workers end: process.exit(code) in the worker, worker.kill() (SIGTERM) and kill('SIGKILL')
// from the primary, and worker.disconnect() (exitedAfterDisconnect true).
const cluster = require('node:cluster');

if (cluster.isPrimary) {
  const plans = ['exit7', 'kill', 'sigkill', 'disconnect'];
  const results = {};
  for (const plan of plans) {
    const worker = cluster.fork({ PLAN: plan });
    worker.on('online', () => {
      if (plan === 'kill') worker.kill();
      if (plan === 'sigkill') worker.process.kill('SIGKILL');
      if (plan === 'disconnect') worker.disconnect();
    });
    worker.on('exit', (code, signal) => {
      results[plan] = `${code} ${signal} after-disconnect=${worker.exitedAfterDisconnect} dead=${worker.isDead()}` +
        ` connected=${worker.isConnected()} state=${worker.state}`;
    });
  }
  process.on('exit', () => {
    for (const plan of plans) console.log(plan, results[plan]);
    console.log('workers left', Object.keys(cluster.workers));
  });
} else {
  if (process.env.PLAN === 'exit7') process.exit(7);
  // Stays until killed; the 'disconnect' one stays only while connected (cluster listens for 'disconnect').
  if (process.env.PLAN !== 'disconnect') setInterval(() => {}, 1000);
}

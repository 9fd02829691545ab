// The cluster module's objects: the primary's view (isPrimary/isMaster, settings before and after the first fork,
// SCHED constants, cluster.worker undefined), Worker objects (id, process as a ChildProcess, state, isConnected/isDead,
// 'fork' and 'online' on both objects, removal from cluster.workers on exit) and a worker's view of itself.
const cluster = require('node:cluster');

if (cluster.isPrimary) {
  const { ChildProcess } = require('node:child_process');
  console.log('primary', cluster.isPrimary, cluster.isMaster, cluster.isWorker, cluster.worker);
  console.log('constants', cluster.SCHED_NONE, cluster.SCHED_RR, 'policy', cluster.schedulingPolicy);
  console.log('settings before fork', JSON.stringify(cluster.settings), Object.keys(cluster.workers));
  const order = [];
  cluster.on('fork', (w) => order.push(`cluster fork ${w.id}`));
  cluster.on('online', (w) => order.push(`cluster online ${w.id}`));
  cluster.on('exit', (w, code) => {
    order.push(`cluster exit ${w.id} ${code}`);
    if (w.id === 2) {
      console.log(order.join(' / '));
      console.log('workers after exit', Object.keys(cluster.workers));
    }
  });
  const settingsKeys = () => Object.keys(cluster.settings).sort().join(',');
  const w1 = cluster.fork({ ROLE: 'first' });
  console.log('settings keys after fork', settingsKeys(), 'exec is this file', cluster.settings.exec === __filename);
  console.log('worker object', w1.id, w1.state, w1.process instanceof ChildProcess, w1.isConnected(), w1.isDead(),
    Object.keys(cluster.workers), cluster.workers[1] === w1, w1 instanceof require('node:events'));
  w1.on('online', () => order.push('worker online 1'));
  w1.on('message', (m) => {
    console.log('worker 1 reports', JSON.stringify(m));
    w1.on('exit', (code, signal) => {
      console.log('worker 1 exit', code, signal, w1.state, w1.isDead(), w1.isConnected(), w1.exitedAfterDisconnect);
      const w2 = cluster.fork({ ROLE: 'second' });
      w2.on('message', (m2) => console.log('worker 2 reports', JSON.stringify(m2)));
    });
  });
} else {
  const w = cluster.worker;
  process.send({ role: process.env.ROLE, isWorker: cluster.isWorker, isPrimary: cluster.isPrimary, id: w.id,
    state: w.state, uniqueId: process.env.NODE_UNIQUE_ID, connected: w.isConnected(), workers: cluster.workers,
    hasFork: typeof cluster.fork, settings: cluster.settings });
  w.disconnect();
}

// cluster: messages between the primary and a worker (worker.send / process.send), the 'message' events on the
// worker object and on cluster, and the worker's view of itself.
const cluster = require('node:cluster');

if (cluster.isPrimary) {
  const worker = cluster.fork({ EXTRA: 'from fork(env)' });
  cluster.on('message', (w, message, handle) => {
    console.log('cluster message from', w.id, JSON.stringify(message), handle);
  });
  worker.on('message', (message) => {
    console.log('worker object message', JSON.stringify(message));
    if (message.step === 'ready') worker.send({ ask: 'who are you' });
    if (message.step === 'answer') worker.send('stop');
  });
  worker.on('exit', (code, signal) => console.log('exit', code, signal, worker.exitedAfterDisconnect));
} else {
  const { worker } = cluster;
  console.log('worker', cluster.isWorker, cluster.isPrimary, worker.id, worker.state, 'NODE_UNIQUE_ID' in process.env);
  console.log('env', process.env.EXTRA);
  process.on('message', (message) => {
    if (message === 'stop') {
      process.disconnect();
      return;
    }
    process.send({ step: 'answer', id: worker.id, got: message });
  });
  process.send({ step: 'ready' });
}

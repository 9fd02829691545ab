// What a cluster worker starts with: the env given to fork() over the primary's, NODE_UNIQUE_ID consumed before
// user code runs, argv/execArgv from setupPrimary, an IPC channel (process.connected, process.send), the worker's
// view of cluster.
const cluster = require('node:cluster');

if (cluster.isPrimary) {
  process.env.FROM_PRIMARY = 'inherited';
  cluster.setupPrimary({ args: ['one', 'two'], execArgv: ['--no-warnings'], silent: false });
  const events = [];
  const worker = cluster.fork({ GIVEN_TO_FORK: 'yes', FROM_PRIMARY: 'overridden' });
  for (const name of ['fork', 'online', 'disconnect', 'exit']) {
    cluster.on(name, () => events.push(`cluster ${name}`));
  }
  worker.on('message', (msg) => {
    console.log('worker reports', JSON.stringify(msg, null, 1).replace(/\n\s*/g, ' '));
    worker.disconnect();
  });
  worker.on('exit', (code, signal) => {
    console.log('worker exit', code, signal, worker.exitedAfterDisconnect);
    console.log(events.join(', '));
  });
} else {
  process.send({
    given: process.env.GIVEN_TO_FORK,
    fromPrimary: process.env.FROM_PRIMARY,
    uniqueIdInEnv: 'NODE_UNIQUE_ID' in process.env,
    argv: process.argv.slice(2),
    execArgv: process.execArgv,
    connected: process.connected,
    channel: typeof process.channel,
    isWorker: cluster.isWorker,
    isPrimary: cluster.isPrimary,
    id: cluster.worker.id,
    state: cluster.worker.state,
    workers: typeof cluster.workers,
    fork: typeof cluster.fork,
  });
}

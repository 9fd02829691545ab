// cluster with SCHED_NONE: the primary shares the listening socket and each worker accepts on it itself.
const cluster = require('node:cluster');
const net = require('node:net');

if (cluster.isPrimary) {
  cluster.schedulingPolicy = cluster.SCHED_NONE;
  let listening = 0;
  cluster.on('listening', (worker, address) => {
    if (++listening < 2) return;
    let replies = 0;
    for (let i = 0; i < 4; i++) {
      net.connect(address.port, '127.0.0.1').on('data', (data) => {
        if (!String(data).startsWith('hello from')) console.log('unexpected', String(data));
        if (++replies === 4) {
          console.log('four replies');
          cluster.disconnect();
        }
      });
    }
  });
  cluster.on('exit', (worker, code) => console.log('exit', code));
  cluster.fork();
  cluster.fork();
  console.log('policy', cluster.schedulingPolicy);
} else {
  net.createServer((socket) => socket.end(`hello from ${cluster.worker.id}`)).listen(0, '127.0.0.1');
}

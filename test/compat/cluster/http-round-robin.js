// cluster: two workers share one HTTP port (listen(0) in each); the primary hands connections round-robin, so
// both serve. Lifecycle events per worker, in a fixed order for the comparison.
const cluster = require('node:cluster');
const http = require('node:http');

if (cluster.isPrimary) {
  console.log('primary', cluster.isPrimary, cluster.isWorker, cluster.schedulingPolicy === cluster.SCHED_RR);
  const events = { 1: [], 2: [] };
  const ports = new Set();
  let listening = 0;
  cluster.on('fork', (worker) => events[worker.id].push('fork'));
  cluster.on('online', (worker) => events[worker.id].push(`online ${worker.state}`));
  cluster.on('listening', (worker, address) => {
    events[worker.id].push(`listening ${worker.state} ${address.addressType} ${address.address}`);
    ports.add(address.port);
    if (++listening === 2) request(address.port);
  });
  cluster.on('disconnect', (worker) => events[worker.id].push(`disconnect ${worker.state}`));
  cluster.on('exit', (worker, code, signal) => {
    events[worker.id].push(`exit ${code} ${signal} ${worker.state} ${worker.exitedAfterDisconnect}`);
  });
  const a = cluster.fork();
  const b = cluster.fork();
  console.log('ids', a.id, b.id, Object.keys(cluster.workers), a.state);

  function request(port) {
    console.log('one port', ports.size);
    const servedBy = new Set();
    let done = 0;
    for (let i = 0; i < 8; i++) {
      http.get({ port, path: '/', agent: false }, (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (chunk) => (body += chunk));
        res.on('end', () => {
          servedBy.add(body);
          if (++done < 8) return;
          console.log('served by', [...servedBy].sort());
          cluster.disconnect(() => {
            console.log('disconnected; workers left', Object.keys(cluster.workers).length);
          });
        });
      });
    }
  }
  process.on('exit', () => {
    for (const id of [1, 2]) console.log(id, events[id].join(', '));
  });
} else {
  http.createServer((req, res) => res.end(`worker ${cluster.worker.id}`)).listen(0);
}

// cluster: worker.disconnect() closes the worker's shared HTTP server (fixed port 42817) and its IPC channel, so the
// worker exits on its own (exitedAfterDisconnect true); the worker's output (silent: true) shows its server closing;
// cluster.disconnect(callback) does the same for the remaining worker.
const cluster = require('node:cluster');
const http = require('node:http');

const PORT = 42817;
if (cluster.isPrimary) {
  cluster.setupPrimary({ silent: true });
  const output = {};
  const events = [];
  cluster.on('disconnect', (w) => events.push(`disconnect ${w.id}`));
  cluster.on('exit', (w, code, signal) => events.push(`exit ${w.id} ${code} ${signal} ${w.exitedAfterDisconnect}`));
  const workers = [1, 2].map(() => {
    const w = cluster.fork();
    output[w.id] = '';
    w.process.stdout.on('data', (d) => { output[w.id] += d; });
    return w;
  });
  let listening = 0;
  cluster.on('listening', () => {
    if (++listening < 2) return;
    http.get(`http://127.0.0.1:${PORT}/`, (res) => {
      res.resume();
      res.on('end', () => {
        console.log('status', res.statusCode);
        const first = workers[0];
        first.disconnect();
        console.log('after disconnect()', first.state, first.isConnected(), first.exitedAfterDisconnect);
        first.on('exit', () => {
          cluster.disconnect(() => {
            console.log('cluster.disconnect callback; workers left', Object.keys(cluster.workers));
            process.on('exit', () => {
              console.log('events', events.sort());
              for (const id of [1, 2]) console.log(`worker ${id} said`, JSON.stringify(output[id]));
            });
          });
        });
      });
    });
  });
} else {
  const server = http.createServer((req, res) => res.end('ok'));
  server.listen(PORT, '127.0.0.1');
  server.on('close', () => console.log('server closed'));
  cluster.worker.on('disconnect', () => console.log('worker disconnect event'));
  process.on('exit', (code) => console.log('worker process exit', code));
}

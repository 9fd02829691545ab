// cluster: two workers listen with net on one fixed port (41731); the primary's 'listening' events carry the
// address, connections are answered by the workers, a worker's server.address() gives the shared port; then
// worker.kill() ends each (SIGTERM, not after disconnect).
const cluster = require('node:cluster');
const net = require('node:net');

const PORT = 41731;
if (cluster.isPrimary) {
  const listening = [];
  cluster.on('listening', (worker, address) => {
    listening.push(`${worker.id} ${JSON.stringify(address)}`);
    if (listening.length === 2) connect();
  });
  const exits = [];
  cluster.on('exit', (worker, code, signal) => {
    exits.push(`${worker.id} ${code} ${signal} ${worker.exitedAfterDisconnect}`);
    if (exits.length === 2) console.log('exits', exits.sort());
  });
  const workers = [cluster.fork(), cluster.fork()];
  const reported = [];
  for (const w of workers) w.on('message', (m) => reported.push(m));

  function connect() {
    console.log('listening', listening.sort());
    const replies = [];
    for (let i = 0; i < 6; i++) {
      const socket = net.connect(PORT, '127.0.0.1');
      let text = '';
      socket.setEncoding('utf8');
      socket.on('data', (d) => { text += d; });
      socket.on('end', () => {
        replies.push(text.replace(/\d+$/, 'N'));
        if (replies.length === 6) {
          console.log('replies', replies);
          console.log('worker addresses', reported.sort());
          for (const w of workers) w.kill();
        }
      });
    }
  }
} else {
  const server = net.createServer((socket) => socket.end(`served by worker N${cluster.worker.id}`));
  server.listen(PORT, '127.0.0.1', () => {
    const { port, family, address } = server.address();
    process.send(`${port === PORT} ${family} ${address}`);
  });
}

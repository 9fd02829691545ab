// The server bench/cluster/run.sh loads: a primary with WORKERS workers (default 2) sharing one HTTP port
// (round-robin); prints the port once every worker listens.
const cluster = require('cluster');
const http = require('http');

if (cluster.isPrimary) {
  const workers = Number(process.env.WORKERS || 2);
  let listening = 0;
  cluster.on('listening', (worker, address) => {
    if (++listening === workers) console.log(address.port);
  });
  for (let i = 0; i < workers; i++) cluster.fork();
} else {
  const body = 'Hello, World!';
  http.createServer((req, res) => {
    res.writeHead(200, { 'Content-Type': 'text/plain', 'Content-Length': body.length });
    res.end(body);
  }).listen(0, '127.0.0.1');
}

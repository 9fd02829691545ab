// cluster: two workers serve HTTP on a fixed port (44123); requests over one keep-alive connection all reach the
// worker that accepted it, a fresh connection per request may reach either; a worker told to close its server stops
// taking connections while the other keeps serving; worker.kill() ends both.
const cluster = require('node:cluster');
const http = require('node:http');

const PORT = 44123;
if (cluster.isPrimary) {
  const workers = [cluster.fork(), cluster.fork()];
  let listening = 0;
  cluster.on('listening', () => {
    if (++listening === 2) run();
  });
  const get = (agent) => new Promise((resolve, reject) => {
    http.get({ host: '127.0.0.1', port: PORT, path: '/', agent }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (d) => { body += d; });
      res.on('end', () => resolve(`${res.statusCode} ${body}`));
    }).on('error', reject);
  });
  async function run() {
    const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
    const kept = [];
    for (let i = 0; i < 4; i++) kept.push(await get(agent));
    agent.destroy();
    console.log('keep-alive: one worker served all', new Set(kept).size === 1, kept[0].replace(/\d$/, 'N'));
    const closing = workers.find((w) => kept[0].endsWith(`worker ${w.id}`));
    const other = workers.find((w) => w !== closing);
    closing.send('close');
    closing.once('message', async (m) => {
      console.log('closing worker says', m);
      const after = [];
      for (let i = 0; i < 4; i++) after.push(await get(false));
      console.log('after close, served by the other only', after.every((r) => r.endsWith(`worker ${other.id}`)));
      for (const w of workers) w.kill();
    });
  }
  cluster.on('exit', (w, code, signal) => console.log('exit', code, signal));
} else {
  const server = http.createServer((req, res) => res.end(`worker ${cluster.worker.id}`));
  server.listen(PORT, '127.0.0.1');
  process.on('message', (m) => {
    if (m === 'close') server.close(() => process.send('server closed'));
    server.closeIdleConnections();
  });
}

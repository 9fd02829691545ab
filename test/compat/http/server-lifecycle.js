// Connection management: keepAliveTimeout closing an idle connection, maxRequestsPerSocket, server.close() closing
// idle keep-alive connections but waiting for busy ones, closeAllConnections, server.setTimeout and 'timeout'.
const http = require('http');
const net = require('net');

function rawClient(port, requests, label) {
  return new Promise((resolve) => {
    const socket = net.connect(port, '127.0.0.1', () => {
      for (const request of requests) socket.write(request);
    });
    let out = '';
    socket.setEncoding('latin1');
    socket.on('data', (d) => { out += d; });
    socket.on('close', () => {
      const statuses = out.match(/HTTP\/1\.1 \d+[^\r]*/g) ?? [];
      const connections = out.match(/Connection: [^\r]*/g) ?? [];
      const keepAlive = out.match(/Keep-Alive: [^\r]*/g) ?? [];
      console.log(label, statuses.join(','), connections.join(','), keepAlive.join(','));
      resolve();
    });
  });
}

const get = (path) => `GET ${path} HTTP/1.1\r\nHost: h\r\n\r\n`;

(async () => {
  const server = http.createServer((req, res) => res.end(req.url));
  server.keepAliveTimeout = 100;
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address();
  await rawClient(port, [get('/a')], 'keep-alive timeout');

  server.maxRequestsPerSocket = 2;
  await rawClient(port, [get('/1'), get('/2'), get('/3')], 'max requests');
  server.maxRequestsPerSocket = 0;

  server.setTimeout(50, (socket) => {
    console.log('server timeout', socket.constructor.name);
    socket.destroy();
  });
  server.keepAliveTimeout = 0;
  await rawClient(port, [], 'idle with timeout');
  server.setTimeout(0);
  server.removeAllListeners('timeout');

  // An idle keep-alive connection is closed by close(); a request in progress is finished first.
  server.keepAliveTimeout = 5000;
  // close() is called while a request is in progress: the server waits for it to be answered.
  const slow = http.createServer((req, res) => {
    setTimeout(() => res.end('slow done'), 80);
    slow.close(() => console.log('slow server closed'));
  });
  await new Promise((r) => slow.listen(0, '127.0.0.1', r));
  const agent = new http.Agent({ keepAlive: true });
  const fetchOne = (p, path) => new Promise((resolve) => {
    http.get({ host: '127.0.0.1', port: p, path, agent }, (res) => {
      let body = '';
      res.on('data', (d) => { body += d; });
      res.on('end', () => resolve(body));
    });
  });
  console.log('idle first', await fetchOne(port, '/idle'));
  const idleSocket = agent.freeSockets[`127.0.0.1:${port}:`][0];
  idleSocket.on('close', () => console.log('idle socket closed by server.close()'));
  const busy = fetchOne(slow.address().port, '/busy');
  server.close(() => console.log('server closed'));
  console.log('busy got', await busy);

  const all = http.createServer((req, res) => res.write('never ends'));
  await new Promise((r) => all.listen(0, '127.0.0.1', r));
  const req = http.get({ host: '127.0.0.1', port: all.address().port, agent: false }, (res) => {
    res.once('data', () => {
      all.closeAllConnections();
      all.close(() => console.log('closeAllConnections closed the server'));
    });
    res.on('error', (e) => console.log('res error', e.code, e.message));
    res.on('close', () => console.log('res close', res.complete));
  });
  req.on('error', (e) => console.log('req error', e.code));
  agent.destroy();
})();

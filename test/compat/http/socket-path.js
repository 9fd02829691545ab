'use strict';
// http over a Unix socket: a server listening on a path, clients through `socketPath` (request and get,
// a keep-alive agent reusing the connection).
const http = require('http');
const fs = require('fs');
const path = require('path');
const os = require('os');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jnode-http-unix-'));
const socketPath = path.join(dir, 'http.sock');

const server = http.createServer((req, res) => {
  let body = '';
  req.setEncoding('utf8');
  req.on('data', (c) => { body += c; });
  req.on('end', () => {
    res.setHeader('content-type', 'text/plain');
    res.end(`${req.method} ${req.url} host=${req.headers.host} body=${body}`);
  });
});

function fetchText(options, body) {
  return new Promise((resolve, reject) => {
    const req = http.request({ socketPath, ...options }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (c) => { text += c; });
      res.on('end', () => resolve(`${res.statusCode} ${text}`));
    });
    req.on('error', reject);
    req.end(body);
  });
}

server.listen(socketPath, async () => {
  console.log(await fetchText({ path: '/a?x=1' }));
  console.log(await fetchText({ method: 'POST', path: '/post' }, 'payload'));
  const agent = new http.Agent({ keepAlive: true });
  const sockets = new Set();
  for (let i = 0; i < 3; i++) {
    const text = await new Promise((resolve) => {
      http.get({ socketPath, path: `/k${i}`, agent }, (res) => {
        sockets.add(res.socket);
        res.setEncoding('utf8');
        let t = '';
        res.on('data', (c) => { t += c; });
        res.on('end', () => resolve(t));
      });
    });
    console.log(text);
  }
  console.log('sockets used', sockets.size);
  agent.destroy();
  const missing = path.join(dir, 'none.sock');
  http.get({ socketPath: missing, path: '/' }).on('error', (e) => {
    console.log('missing:', e.code, e.syscall, e.address === missing);
    server.close(() => {
      fs.rmSync(dir, { recursive: true });
      console.log('done');
    });
  });
});

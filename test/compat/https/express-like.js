// An https server as frameworks use it: a request listener added later with on('request'), JSON bodies both
// ways, headers, a 404, and https.get with a callback and setEncoding.
const https = require('https');
const F = require('../tls/fixtures');

const server = https.createServer({ key: F('server-key.pem'), cert: F('server.pem') });
server.on('request', (req, res) => {
  if (req.url !== '/api') {
    res.statusCode = 404;
    res.end('not found');
    return;
  }
  const chunks = [];
  req.on('data', (c) => chunks.push(c));
  req.on('end', () => {
    const input = chunks.length ? JSON.parse(Buffer.concat(chunks)) : null;
    res.writeHead(200, { 'content-type': 'application/json', 'x-custom': 'yes' });
    res.end(JSON.stringify({ method: req.method, got: input, secure: req.socket.encrypted === true }));
  });
});

server.listen(0, '127.0.0.1', () => {
  const { port } = server.address();
  const ca = F('ca.pem');
  const req = https.request({ host: 'localhost', port, path: '/api', method: 'POST', ca, headers: { 'content-type': 'application/json' } }, (res) => {
    let text = '';
    res.setEncoding('utf8');
    res.on('data', (d) => { text += d; });
    res.on('end', () => {
      console.log(res.statusCode, res.headers['content-type'], res.headers['x-custom'], JSON.parse(text));
      https.get({ host: 'localhost', port, path: '/missing', ca }, (res2) => {
        res2.setEncoding('utf8');
        res2.on('data', (d) => console.log(res2.statusCode, d));
        res2.on('end', () => {
          https.globalAgent.destroy();
          server.close(() => console.log('closed'));
        });
      });
    });
  });
  req.end(JSON.stringify({ hello: 'world', n: [1, 2, 3] }));
});

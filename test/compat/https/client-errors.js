// What an https server makes of clients that fail the handshake: plain HTTP ('clientError' and 'tlsClientError',
// in that order), bytes that are not TLS; and what a TLS client makes of a plain http server.
const https = require('https');
const http = require('http');
const net = require('net');
const F = require('../tls/fixtures');

const server = https.createServer({ key: F('server-key.pem'), cert: F('server.pem') }, () => console.log('unexpected request'));
server.on('clientError', (err) => console.log('clientError', err.code));
server.on('tlsClientError', (err) => console.log('tlsClientError', err.code));

function rawClient(port, bytes) {
  return new Promise((resolve) => {
    const socket = net.connect(port, '127.0.0.1', () => socket.end(bytes));
    socket.resume();
    socket.on('close', resolve);
  });
}

server.listen(0, '127.0.0.1', async () => {
  const { port } = server.address();
  await rawClient(port, 'GET / HTTP/1.1\r\nHost: x\r\n\r\n');
  await rawClient(port, 'hello there, this is not TLS');
  server.close();
  const plain = http.createServer((req, res) => res.end('plain'));
  plain.listen(0, '127.0.0.1', () => {
    require('tls').connect({ host: '127.0.0.1', port: plain.address().port, rejectUnauthorized: false })
      .on('error', (err) => {
        console.log('tls to http:', err.code, err.library, err.reason);
        plain.close();
      });
  });
});

// A TLS 1.3 client that refuses the server (untrusted chain, wrong host) or is destroyed in its 'secureConnect'
// listener never sends its last flight: the server sees no 'secureConnection', only a tlsClientError ECONNRESET
// once the socket closed. A client that keeps the connection lets the server finish and talk.
const tls = require('tls');
const F = require('./fixtures');

let serverSaw; // resolves when the server has reported the current connection, one way or the other
const server = tls.createServer({ key: F('server-key.pem'), cert: F('server.pem') }, (socket) => {
  console.log('server: secureConnection', socket.getProtocol());
  socket.end('hello');
  serverSaw();
});
server.on('tlsClientError', (err, socket) => {
  console.log('server: tlsClientError', err.code, err.message, socket.destroyed);
  serverSaw();
});

function attempt(label, options, onSecure) {
  const seen = new Promise((resolve) => { serverSaw = resolve; });
  const closed = new Promise((resolve) => {
    const client = tls.connect({ port: server.address().port, host: '127.0.0.1', ...options }, () => {
      console.log(label, 'secureConnect', client.authorized);
      onSecure?.(client);
    });
    client.on('data', (data) => console.log(label, 'data', String(data)));
    client.on('error', (err) => console.log(label, 'error', err.code));
    client.on('close', resolve);
  });
  return Promise.all([seen, closed]);
}

server.listen(0, '127.0.0.1', async () => {
  await attempt('untrusted', { servername: 'localhost' });
  await attempt('wrong host', { ca: F('ca.pem'), servername: 'other.example' });
  await attempt('destroyed in listener', { ca: F('ca.pem'), servername: 'localhost' }, (client) => client.destroy());
  await attempt('kept', { ca: F('ca.pem'), servername: 'localhost' });
  server.close();
});

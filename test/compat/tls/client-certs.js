// requestCert on the server: authorized/authorizationError for a trusted client, an untrusted one and none;
// with rejectUnauthorized the handshake fails (tlsClientError on the server, an alert on the client).
const tls = require('tls');
const F = require('./fixtures');

function attempt(name, serverOptions, clientOptions) {
  return new Promise((resolve) => {
    const server = tls.createServer({ key: F('server-key.pem'), cert: F('server.pem'), ca: F('ca.pem'), requestCert: true, ...serverOptions }, (socket) => {
      console.log(name, 'server: authorized', socket.authorized, socket.authorizationError, 'peer CN', socket.getPeerCertificate().subject?.CN);
      socket.end('bye');
    });
    server.on('tlsClientError', (err) => console.log(name, 'tlsClientError', err.code));
    server.listen(0, '127.0.0.1', () => {
      const client = tls.connect({ port: server.address().port, host: '127.0.0.1', ca: F('ca.pem'), ...clientOptions });
      client.on('data', () => {});
      client.on('error', (err) => console.log(name, 'client error', err.code));
      client.on('close', () => server.close(resolve));
    });
  });
}

(async () => {
  const client = { key: F('client-key.pem'), cert: F('client.pem') };
  const stranger = { key: F('self-signed-key.pem'), cert: F('self-signed.pem') };
  await attempt('trusted client', { rejectUnauthorized: false }, client);
  await attempt('untrusted client', { rejectUnauthorized: false }, stranger);
  await attempt('no client cert', { rejectUnauthorized: false }, {});
  await attempt('required, trusted', {}, client);
  await attempt('required, none', {}, {});
})();

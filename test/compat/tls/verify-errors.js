// How a client judges the server's certificate: OpenSSL's codes and messages on the error (rejectUnauthorized)
// or in authorizationError (rejectUnauthorized: false), and a trusted chain through an intermediate.
const tls = require('tls');
const F = require('./fixtures');

function attempt(name, serverOptions, clientOptions) {
  return new Promise((resolve) => {
    const server = tls.createServer(serverOptions, (socket) => {
      socket.on('error', () => {});
      socket.end('x');
    });
    server.on('tlsClientError', () => {});
    server.listen(0, '127.0.0.1', () => {
      const client = tls.connect({ port: server.address().port, host: '127.0.0.1', servername: 'localhost', ...clientOptions }, () => {
        console.log(name, 'secureConnect authorized:', client.authorized, 'authorizationError:', client.authorizationError);
        client.resume();
        client.end();
      });
      client.on('error', (err) => console.log(name, 'error', err.code, JSON.stringify(err.message), Object.keys(err)));
      client.on('close', () => server.close(resolve));
    });
  });
}

(async () => {
  const server = { key: F('server-key.pem'), cert: F('server.pem') };
  await attempt('trusted', server, { ca: F('ca.pem') });
  await attempt('no ca', server, {});
  await attempt('no ca, not rejecting', server, { rejectUnauthorized: false });
  await attempt('self-signed', { key: F('self-signed-key.pem'), cert: F('self-signed.pem') }, {});
  await attempt('self-signed trusted as ca', { key: F('self-signed-key.pem'), cert: F('self-signed.pem') }, { ca: F('self-signed.pem') });
  await attempt('self-signed, not rejecting', { key: F('self-signed-key.pem'), cert: F('self-signed.pem') }, { rejectUnauthorized: false });
  await attempt('expired', { key: F('expired-key.pem'), cert: F('expired.pem') }, { ca: F('ca.pem') });
  await attempt('leaf without intermediate', { key: F('leaf-of-intermediate-key.pem'), cert: F('leaf-of-intermediate.pem') }, { ca: F('ca.pem') });
  await attempt('chain, untrusted root', { key: F('leaf-of-intermediate-key.pem'), cert: F('leaf-chain.pem') }, {});
  await attempt('chain, trusted root', { key: F('leaf-of-intermediate-key.pem'), cert: F('leaf-chain.pem') }, { ca: [F('ca.pem')] });
  await attempt('ca as string', server, { ca: F('ca.pem').toString() });
  await attempt('ca among others', server, { ca: [F('self-signed.pem'), F('ca.pem')] });
})();

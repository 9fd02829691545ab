// server.addContext: the certificate a server presents depends on the name the client asks for (SNI), with
// wildcard patterns, the last added context winning, and the server's own context for other names.
const tls = require('tls');
const F = require('./fixtures');

const server = tls.createServer({ key: F('server-key.pem'), cert: F('server.pem') }, (socket) => {
  console.log('server: servername', JSON.stringify(socket.servername));
  socket.end();
});
server.addContext('other.example', { key: F('other-host-key.pem'), cert: F('other-host.pem') });
server.addContext('*.wild.example', tls.createSecureContext({ key: F('other-host-key.pem'), cert: F('other-host.pem') }));
server.addContext('last.example', { key: F('self-signed-key.pem'), cert: F('self-signed.pem') });
server.addContext('last.example', { key: F('other-host-key.pem'), cert: F('other-host.pem') });

function ask(servername) {
  return new Promise((resolve) => {
    const client = tls.connect({ port: server.address().port, host: '127.0.0.1', servername, ca: F('ca.pem'), checkServerIdentity: () => undefined }, () => {
      const cert = client.getPeerCertificate();
      console.log(JSON.stringify(servername), '->', cert.subject.CN, cert.serialNumber, client.authorized);
      client.resume();
    });
    client.on('error', (err) => console.log(servername, 'error', err.code));
    client.on('close', resolve);
  });
}

server.listen(0, '127.0.0.1', async () => {
  for (const name of ['localhost', 'other.example', 'OTHER.example', 'a.wild.example', 'a.b.wild.example', 'last.example', 'unknown.example']) {
    await ask(name);
  }
  await ask(undefined);
  server.close();
});

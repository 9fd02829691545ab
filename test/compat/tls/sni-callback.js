// SNICallback: called with the name the client asked for (not without one); its context serves the connection,
// null keeps the server's own.
const tls = require('tls');
const F = require('./fixtures');

const other = tls.createSecureContext({ key: F('other-host-key.pem'), cert: F('other-host.pem') });
const server = tls.createServer({
  key: F('server-key.pem'), cert: F('server.pem'),
  SNICallback(servername, callback) {
    console.log('SNICallback', servername);
    setTimeout(() => callback(null, servername === 'other.example' ? other : null), 5);
  },
}, (socket) => socket.end());

function ask(servername) {
  return new Promise((resolve) => {
    const client = tls.connect({ port: server.address().port, host: '127.0.0.1', servername, ca: F('ca.pem'), checkServerIdentity: () => undefined }, () => {
      console.log(JSON.stringify(servername), '->', client.getPeerCertificate().subject.CN);
      client.resume();
    });
    client.on('error', (err) => console.log(servername, 'error', err.code));
    client.on('close', resolve);
  });
}

server.listen(0, '127.0.0.1', async () => {
  await ask('other.example');
  await ask('localhost');
  await ask(undefined);
  server.close();
});

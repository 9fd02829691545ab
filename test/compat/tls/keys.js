// Key material: PEM keys as strings and Buffers, encrypted keys with passphrase (PKCS#8 and traditional), per-key
// passphrases, PFX, and the errors for a wrong passphrase, a missing one, garbage, and a key that does not match.
const tls = require('tls');
const F = require('./fixtures');

function tryContext(name, options) {
  try {
    tls.createSecureContext(options);
    console.log(name, 'ok');
  } catch (err) {
    console.log(name, err.code, err.message.includes('routines') ? '(openssl message)' : err.message);
  }
}

tryContext('pem buffers', { key: F('server-key.pem'), cert: F('server.pem') });
tryContext('pem strings', { key: F('server-key.pem').toString(), cert: F('server.pem').toString() });
tryContext('encrypted pkcs8', { key: F('server-key-encrypted.pem'), passphrase: 'secret', cert: F('server.pem') });
tryContext('encrypted traditional', { key: F('server-key-traditional-encrypted.pem'), passphrase: 'secret', cert: F('server.pem') });
tryContext('per-key passphrase', { key: [{ pem: F('server-key-encrypted.pem'), passphrase: 'secret' }], cert: F('server.pem') });
tryContext('wrong passphrase', { key: F('server-key-encrypted.pem'), passphrase: 'nope', cert: F('server.pem') });
tryContext('pfx', { pfx: F('server.pfx'), passphrase: 'secret' });
tryContext('ec key', { key: F('ec-server-key.pem'), cert: F('ec-server.pem') });
tryContext('mismatch', { key: F('client-key.pem'), cert: F('server.pem') });
tryContext('bad ca', { ca: 'not a certificate' });
tryContext('bad min version', { minVersion: 'TLSv0' });
tryContext('bad key type', { key: 42 });

// An encrypted key serving real connections, and a PFX one.
function serve(name, options) {
  return new Promise((resolve) => {
    const server = tls.createServer(options, (socket) => socket.end('hello from ' + name));
    server.listen(0, '127.0.0.1', () => {
      const client = tls.connect({ port: server.address().port, host: '127.0.0.1', ca: F('ca.pem') });
      client.setEncoding('utf8');
      client.on('data', (data) => console.log(name, client.authorized, data));
      client.on('close', () => server.close(resolve));
    });
  });
}
(async () => {
  await serve('encrypted', { key: F('server-key-encrypted.pem'), passphrase: 'secret', cert: F('server.pem') });
  await serve('pfx', { pfx: F('server.pfx'), passphrase: 'secret' });
  await serve('ec', { key: F('ec-server-key.pem'), cert: F('ec-server.pem') });
})();

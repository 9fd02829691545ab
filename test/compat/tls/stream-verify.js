// tls.connect over a stream judges the server as over TCP: an untrusted certificate fails the client with
// OpenSSL's code (the server, over its own stream, sees the connection go), a wrong name with
// ERR_TLS_CERT_ALTNAME_INVALID, and rejectUnauthorized: false lets both through unauthorized.
const tls = require('tls');
const { duplexPair } = require('stream');
const F = require('./fixtures');

function attempt(label, clientOptions) {
  return new Promise((resolve) => {
    const [a, b] = duplexPair();
    const server = new tls.TLSSocket(a, { isServer: true, key: F('server-key.pem'), cert: F('server.pem') });
    server.on('error', (err) => console.log(label, 'server error', err.code));
    const client = tls.connect({ socket: b, ...clientOptions }, () => {
      console.log(label, 'secureConnect', client.authorized, client.authorizationError);
      client.destroy();
      server.destroy();
    });
    client.on('error', (err) => {
      console.log(label, 'client error', err.code);
      server.destroy();
    });
    client.on('close', () => setTimeout(resolve, 10));
  });
}

(async () => {
  await attempt('untrusted', { servername: 'localhost' });
  await attempt('wrong name', { ca: F('ca.pem'), servername: 'other.example' });
  await attempt('not rejected', { servername: 'localhost', rejectUnauthorized: false });
})();

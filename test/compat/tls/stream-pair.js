// TLS over in-memory streams (stream.duplexPair): a server TLSSocket made over one end, tls.connect({ socket })
// over the other; both wrap their stream in a JSStreamSocket. Data both ways, certificate checks as over TCP.
const tls = require('tls');
const { duplexPair } = require('stream');
const F = require('./fixtures');

const [a, b] = duplexPair();
const server = new tls.TLSSocket(a, { isServer: true, key: F('server-key.pem'), cert: F('server.pem') });
server.on('secure', () => console.log('server secure', server.getProtocol(), server.encrypted, server.authorized));
server.setEncoding('utf8');
server.on('data', (data) => {
  console.log('server got', data);
  server.write(data.toUpperCase());
});
server.on('end', () => {
  console.log('server end');
  server.destroy();
  client.destroy();
});
server.on('close', () => console.log('server close', a.destroyed));

const client = tls.connect({ socket: b, ca: F('ca.pem'), servername: 'localhost' }, () => {
  console.log('secureConnect', client.authorized, client.getPeerCertificate().subject.CN, client.alpnProtocol,
    client.servername, typeof client.getCipher().name);
  client.write('hello over a stream');
});
client.setEncoding('utf8');
client.on('data', (data) => {
  console.log('client got', data);
  client.end();
});
client.on('close', () => console.log('client close', b.destroyed));

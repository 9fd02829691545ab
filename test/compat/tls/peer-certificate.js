// getPeerCertificate: Node's fields and their text forms, the detailed chain up to the trusted CA (which ends
// in itself), getCertificate on both ends, and a client certificate seen by the server.
const tls = require('tls');
const F = require('./fixtures');

function show(label, cert) {
  const copy = { ...cert };
  for (const key of ['raw', 'pubkey']) if (copy[key]) copy[key] = `<Buffer ${copy[key].length} bytes>`;
  delete copy.issuerCertificate;
  console.log(label, copy);
}

const server = tls.createServer({
  key: F('server-key.pem'), cert: F('server.pem'), ca: F('ca.pem'), requestCert: true, rejectUnauthorized: false,
}, (socket) => {
  console.log('server: authorized', socket.authorized, socket.authorizationError);
  show('server sees client', socket.getPeerCertificate());
  console.log('server own subject', socket.getCertificate().subject.OU);
  socket.end();
});
server.listen(0, '127.0.0.1', () => {
  const client = tls.connect({
    port: server.address().port, host: '127.0.0.1', ca: F('ca.pem'), key: F('client-key.pem'), cert: F('client.pem'),
  }, () => {
    const cert = client.getPeerCertificate();
    show('client sees server', cert);
    console.log('keys', Object.keys(cert));
    console.log('raw is DER', Buffer.isBuffer(cert.raw), cert.raw[0] === 0x30, 'has issuerCertificate', 'issuerCertificate' in cert);
    const detailed = client.getPeerCertificate(true);
    console.log('issuer OU', detailed.issuerCertificate.subject.OU, 'root loops', detailed.issuerCertificate.issuerCertificate === detailed.issuerCertificate);
    console.log('client own', client.getCertificate().subject.CN);
    client.resume();
    client.end();
  });
  client.on('close', () => server.close());
});

// The peer's certificate as crypto.X509Certificate (getPeerX509Certificate, with issuerCertificate up the chain the
// server sends: its own chain completed from its ca option) and this side's (getX509Certificate); getPeerCertificate
// of a certificate whose names need escaping and of an EC certificate; a CA's name constraints enforced on the
// chain; checkServerIdentity reading quoted alternative names (and refusing malformed ones).
const tls = require('tls');
const fs = require('fs');
const path = require('path');
const F = require('./fixtures');
const X = (name) => fs.readFileSync(path.join(__dirname, '../../fixtures/x509', name));

function serve(serverOptions, clientOptions, inspect) {
  return new Promise((resolve) => {
    // The server tells its view through the connection, so the client prints it in a fixed order.
    const server = tls.createServer(serverOptions, (socket) => {
      socket.on('error', () => {}); // a client that refused the server may be gone
      const own = socket.getX509Certificate();
      socket.end(`server own ${own?.subject.split('\n').pop()} peer ${socket.getPeerX509Certificate()}`);
    });
    server.listen(0, '127.0.0.1', () => {
      const client = tls.connect({ port: server.address().port, host: '127.0.0.1', ...clientOptions }, () => {
        inspect(client);
        let said = '';
        client.setEncoding('utf8');
        client.on('data', (text) => { said += text; });
        client.on('end', () => {
          console.log(said);
          client.destroy();
          server.close(resolve);
        });
      });
      client.on('error', (err) => {
        console.log('client error', err.code, err.message);
        server.close(resolve);
      });
    });
  });
}

(async () => {
  await serve({ key: F('leaf-of-intermediate-key.pem'), cert: F('leaf-of-intermediate.pem'),
    ca: [F('intermediate.pem'), F('ca.pem')] }, { ca: F('ca.pem'), servername: 'localhost' }, (client) => {
    // First: in Node, getPeerCertificate(true) no longer finds the issuers once getPeerX509Certificate ran.
    const detailed = client.getPeerCertificate(true);
    console.log('legacy chain', detailed.issuerCertificate.subject.CN, detailed.issuerCertificate.issuerCertificate.subject.CN);
    const peer = client.getPeerX509Certificate();
    const chain = [];
    for (let c = peer; c && chain.length < 5; c = c.issuerCertificate) chain.push(c.subject.split('\n').pop());
    console.log('chain', chain, peer.issuerCertificate.checkIssued(peer.issuerCertificate.issuerCertificate));
    console.log('client own', client.getX509Certificate(), peer.constructor.name, peer.checkHost('localhost'));
  });
  await serve({ key: X('names-key.pem'), cert: X('names.pem') },
    { ca: X('names.pem'), servername: 'names.example' }, (client) => {
      const cert = client.getPeerCertificate();
      console.log('names', client.authorized, cert.subject, cert.subjectaltname, cert.infoAccess, cert.ca);
      console.log('same as toLegacyObject', require('util').isDeepStrictEqual(
        { ...cert, raw: null, pubkey: null },
        { ...client.getPeerX509Certificate().toLegacyObject(), raw: null, pubkey: null }));
    });
  await serve({ key: F('ec-server-key.pem'), cert: F('ec-server.pem') },
    { ca: F('ca.pem'), servername: 'localhost' }, (client) => {
      const cert = client.getPeerCertificate();
      console.log('ec', cert.bits, cert.asn1Curve, cert.nistCurve, cert.pubkey.length, cert.pubkey[0], cert.modulus);
    });
  await serve({ key: X('inside-leaf-key.pem'), cert: X('inside-leaf.pem') },
    { ca: X('constrained-ca.pem'), servername: 'www.allowed.example' }, (client) => {
      console.log('inside the constraints', client.authorized);
    });
  await serve({ key: X('outside-leaf-key.pem'), cert: X('outside-leaf.pem') },
    { ca: X('constrained-ca.pem'), servername: 'localhost' }, (client) => {
      console.log('outside the constraints', client.authorized);
    });
  await serve({ key: X('outside-leaf-key.pem'), cert: X('outside-leaf.pem') },
    { ca: X('constrained-ca.pem'), servername: 'localhost', rejectUnauthorized: false }, (client) => {
      console.log('outside, not rejected', client.authorized, client.authorizationError);
    });

  for (const san of ['DNS:"a.example, DNS:b.example"', 'DNS:b.example, DNS:"x\\u002cy"', 'DNS:"b.example"',
    'DNS:"\\a"', 'DNS:"open', 'DNS:"open\\"', 'DNS:"\u0001"', 'URI:"http://b.example/,", DNS:b.example']) {
    try {
      const err = tls.checkServerIdentity('b.example', { subjectaltname: san });
      console.log(JSON.stringify(san), err?.code, err?.reason);
    } catch (err) {
      console.log(JSON.stringify(san), 'threw', err.name, err.code, err.message);
    }
  }
})();

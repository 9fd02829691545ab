// The host check after a trusted chain: ERR_TLS_CERT_ALTNAME_INVALID with reason/host/cert, servername vs host,
// a custom checkServerIdentity, and tls.checkServerIdentity on hand-made certificates (wildcards, IPs, CN).
const tls = require('tls');
const F = require('./fixtures');

function attempt(name, clientOptions) {
  return new Promise((resolve) => {
    const server = tls.createServer({ key: F('other-host-key.pem'), cert: F('other-host.pem') }, (s) => { s.on('error', () => {}); s.end(); });
    server.on('tlsClientError', () => {});
    server.listen(0, '127.0.0.1', () => {
      const client = tls.connect({ port: server.address().port, host: '127.0.0.1', ca: F('ca.pem'), ...clientOptions }, () => {
        console.log(name, 'connected', client.authorized, client.authorizationError);
        client.resume();
        client.end();
      });
      client.on('error', (err) => console.log(name, 'error', err.code, err.message, err.reason, err.host, err.cert && err.cert.subject.CN));
      client.on('close', () => server.close(resolve));
    });
  });
}

(async () => {
  await attempt('by IP', {});
  await attempt('wrong name', { servername: 'localhost' });
  await attempt('right name', { servername: 'other.example' });
  await attempt('wildcard', { servername: 'a.wild.example' });
  await attempt('not rejecting', { servername: 'localhost', rejectUnauthorized: false });
  await attempt('custom check', { servername: 'localhost', checkServerIdentity: (host, cert) => { console.log('checking', host, cert.subject.CN); } });
  const check = (host, cert) => {
    const err = tls.checkServerIdentity(host, cert);
    console.log(JSON.stringify(host), err === undefined ? 'ok' : `${err.code}: ${err.reason}`);
  };
  check('a.example.com', { subject: { CN: 'a.example.com' } });
  check('b.example.com', { subject: { CN: 'a.example.com' } });
  check('A.Example.COM', { subjectaltname: 'DNS:a.example.com', subject: {} });
  check('x.example.com', { subjectaltname: 'DNS:*.example.com', subject: {} });
  check('example.com', { subjectaltname: 'DNS:*.example.com', subject: {} });
  check('a.b.example.com', { subjectaltname: 'DNS:*.example.com', subject: {} });
  check('x.com', { subjectaltname: 'DNS:*.com', subject: {} });
  check('foo.example.com', { subjectaltname: 'DNS:f*.example.com', subject: {} });
  check('10.0.0.1', { subjectaltname: 'IP Address:10.0.0.1', subject: {} });
  check('10.0.0.2', { subjectaltname: 'DNS:a.com, IP Address:10.0.0.1, IP Address:10.0.0.3', subject: {} });
  check('::1', { subjectaltname: 'IP Address:0:0:0:0:0:0:0:1', subject: {} });
  check('a.com', { subjectaltname: 'DNS:b.com', subject: { CN: 'a.com' } });
  check('a.com', { subject: {} });
  check('example.com.', { subjectaltname: 'DNS:example.com', subject: {} });
})();

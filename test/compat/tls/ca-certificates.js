// tls.getCACertificates: its argument checks, frozen sets made once, 'bundled' being rootCertificates, 'extra'
// reading NODE_EXTRA_CA_CERTS (the file's text back, certificate by certificate), 'default' holding both; and a
// client trusting NODE_EXTRA_CA_CERTS's CA without a ca option.
const tls = require('tls');
const path = require('path');
const { spawnSync } = require('child_process');
const F = require('./fixtures');

for (const type of [1, null, 'test']) {
  try {
    tls.getCACertificates(type);
  } catch (err) {
    console.log(err.code, err.message);
  }
}
const bundled = tls.getCACertificates('bundled');
console.log(bundled === tls.rootCertificates, Object.isFrozen(tls.getCACertificates()),
  tls.getCACertificates() === tls.getCACertificates('default'), Array.isArray(tls.getCACertificates('system')));

const ca = path.join(__dirname, '../../fixtures/tls/ca.pem');
const child = `
  const tls = require('tls');
  const extra = tls.getCACertificates('extra');
  console.log(extra.length, extra[0] === require('fs').readFileSync(${JSON.stringify(ca)}, 'latin1'),
    tls.getCACertificates('default').includes(extra[0]));
  const server = tls.createServer({ key: ${JSON.stringify(F('server-key.pem').toString())},
    cert: ${JSON.stringify(F('server.pem').toString())} }, (s) => s.end());
  server.listen(0, '127.0.0.1', () => {
    const client = tls.connect({ port: server.address().port, host: '127.0.0.1', servername: 'localhost' }, () => {
      console.log('trusted through NODE_EXTRA_CA_CERTS', client.authorized);
      client.destroy();
      server.close();
    });
    client.on('error', (err) => { console.log(err.code); server.close(); });
  });`;
for (const extra of [ca, undefined]) {
  const { stdout, stderr, status } = spawnSync(process.execPath, ['-e', child],
    { env: { ...process.env, NODE_EXTRA_CA_CERTS: extra }, encoding: 'utf8' });
  console.log(status, stdout.trim(), stderr.trim());
}

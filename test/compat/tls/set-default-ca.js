// tls.setDefaultCACertificates: its argument checks (the defaults unchanged after a refusal), duplicates kept
// once, strings and every ArrayBufferView, 'default' reported by getCACertificates while the other sets stay,
// and connections that name no ca trusting exactly the set given (a per-connection ca still wins).
const tls = require('tls');
const F = require('./fixtures');

const caPem = F('ca.pem').toString();
const fingerprints = (list) => list.map((pem) => new (require('crypto').X509Certificate)(pem).fingerprint256);
// The size of the default set, or 'initial' while it is the one the process started with (its size depends on
// the bundled roots, which differ between Node and jnode).
const initialCount = tls.getCACertificates('default').length;
const defaultSize = () => (tls.getCACertificates('default').length === initialCount ? 'initial'
  : tls.getCACertificates('default').length);
const attempt = (label, fn) => {
  try {
    fn();
    console.log(label, 'ok', defaultSize());
  } catch (err) {
    console.log(label, err.name, err.code, err.message, defaultSize());
  }
};

const bundledCount = tls.getCACertificates('bundled').length;
for (const bad of [null, undefined, 'string', 42, {}, true]) attempt(`set ${String(bad)}`, () => tls.setDefaultCACertificates(bad));
for (const bad of [null, 42, {}]) attempt(`set [ca, ${String(bad)}]`, () => tls.setDefaultCACertificates([caPem, bad]));
attempt('set [text]', () => tls.setDefaultCACertificates(['not a certificate']));
attempt('set [ca, broken]', () => tls.setDefaultCACertificates(
  [caPem, '-----BEGIN CERTIFICATE-----\nvalid cert content\n-----END CERTIFICATE-----']));
attempt('set [ca x3]', () => tls.setDefaultCACertificates([caPem, caPem, caPem]));
console.log(fingerprints(tls.getCACertificates()).join() === fingerprints([caPem]).join(),
  tls.getCACertificates() === tls.getCACertificates('default'), Object.isFrozen(tls.getCACertificates()),
  tls.getCACertificates('bundled').length === bundledCount);
const bytes = new TextEncoder().encode(F('intermediate.pem').toString());
attempt('set [Buffer, DataView]', () => tls.setDefaultCACertificates(
  [Buffer.from(caPem), new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)]));
console.log(tls.getCACertificates().map((pem) => pem.split('\n')[0]));
attempt('set [two in one text]', () => tls.setDefaultCACertificates([caPem + F('intermediate.pem').toString()]));
attempt('set []', () => tls.setDefaultCACertificates([]));

const server = tls.createServer({ key: F('server-key.pem'), cert: F('server.pem') }, (socket) => socket.end());
function connect(label, options) {
  return new Promise((resolve) => {
    const client = tls.connect({ port: server.address().port, host: '127.0.0.1', servername: 'localhost', ...options },
      () => {
        console.log(label, 'authorized', client.authorized);
        client.destroy();
        resolve();
      });
    client.on('error', (err) => {
      console.log(label, err.code, err.message);
      resolve();
    });
  });
}
server.listen(0, '127.0.0.1', async () => {
  await connect('empty default');
  await connect('empty default, own ca', { ca: caPem });
  tls.setDefaultCACertificates([caPem]);
  await connect('default is the test CA');
  tls.setDefaultCACertificates(tls.getCACertificates('bundled'));
  await connect('default is the bundled set');
  server.close();
});

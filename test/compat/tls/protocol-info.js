// After the handshake: getProtocol, getCipher, encrypted, alpnProtocol (negotiated, none, both sides), servername
// on both sides, and minVersion/maxVersion choosing TLS 1.2.
const tls = require('tls');
const F = require('./fixtures');

function attempt(name, serverOptions, clientOptions) {
  return new Promise((resolve) => {
    const server = tls.createServer({ key: F('server-key.pem'), cert: F('server.pem'), ...serverOptions }, (socket) => {
      console.log(name, 'server:', socket.getProtocol(), socket.alpnProtocol, JSON.stringify(socket.servername), socket.encrypted);
      socket.end();
    });
    server.listen(0, '127.0.0.1', () => {
      const client = tls.connect({ port: server.address().port, host: '127.0.0.1', ca: F('ca.pem'), ...clientOptions }, () => {
        console.log(name, 'client:', client.getProtocol(), client.getCipher(), client.alpnProtocol, JSON.stringify(client.servername));
        client.resume();
      });
      client.on('error', (err) => console.log(name, 'error', err.code));
      client.on('close', () => server.close(resolve));
    });
  });
}

(async () => {
  await attempt('plain', {}, {});
  await attempt('sni', {}, { servername: 'localhost' });
  await attempt('alpn', { ALPNProtocols: ['h2', 'http/1.1'] }, { ALPNProtocols: ['http/1.1', 'h2'] });
  await attempt('alpn client only', {}, { ALPNProtocols: ['h2'] });
  await attempt('alpn buffer', { ALPNProtocols: ['b'] }, { ALPNProtocols: Buffer.from('\x01a\x01b') });
  await attempt('tls1.2', {}, { maxVersion: 'TLSv1.2' });
  await attempt('min 1.3 vs max 1.2', { minVersion: 'TLSv1.3' }, { maxVersion: 'TLSv1.2' });
  console.log(tls.DEFAULT_MIN_VERSION, tls.DEFAULT_MAX_VERSION, tls.DEFAULT_ECDH_CURVE, tls.CLIENT_RENEG_LIMIT, tls.CLIENT_RENEG_WINDOW);
})();

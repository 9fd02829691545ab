// TLS inside TLS: a client TLSSocket over another client TLSSocket, through a TLS server that relays to a second one.
const tls = require('tls');
const net = require('net');
const F = require('./fixtures');
const opts = { key: F('server-key.pem'), cert: F('server.pem') };
const inner = tls.createServer(opts, (s) => { s.end('inner says hi'); });
inner.listen(0, '127.0.0.1', () => {
  const outer = tls.createServer(opts, (s) => {
    const up = net.connect(inner.address().port, '127.0.0.1');
    s.pipe(up).pipe(s);
  });
  outer.listen(0, '127.0.0.1', () => {
    const a = tls.connect({ port: outer.address().port, host: '127.0.0.1', ca: F('ca.pem') }, () => {
      const b = tls.connect({ socket: a, ca: F('ca.pem'), servername: 'localhost' }, () => console.log('inner secure', b.authorized));
      let got = '';
      b.setEncoding('utf8');
      b.on('data', (d) => { got += d; });
      b.on('end', () => { console.log('got', got); a.destroy(); outer.close(); inner.close(); });
    });
  });
});

// tls.connect({ socket }) over a Duplex of the program's own that relays to a TCP connection (as proxies and
// http2-wrapper do); a client TLSSocket made over a connected net.Socket says nothing until started; a server
// whose client leaves before its hello reports ECONNRESET 'socket hang up' as tlsClientError.
const tls = require('tls');
const net = require('net');
const { Duplex } = require('stream');
const F = require('./fixtures');

const server = tls.createServer({ key: F('server-key.pem'), cert: F('server.pem') }, (socket) => {
  socket.setEncoding('utf8');
  socket.on('data', (data) => socket.end(`echo ${data}`));
});
let clientErrors = 0;
server.on('tlsClientError', (err) => {
  clientErrors++;
  console.log('tlsClientError', err.code, err.message);
});

function relay(port) {
  const tcp = net.connect(port, '127.0.0.1');
  let relayed = 0;
  const duplex = new Duplex({
    read() { tcp.resume(); },
    write(chunk, encoding, callback) { relayed += chunk.length; tcp.write(chunk, callback); },
    final(callback) { tcp.end(callback); },
    destroy(err, callback) { tcp.destroy(); callback(err); },
  });
  tcp.on('data', (chunk) => { if (!duplex.push(chunk)) tcp.pause(); });
  tcp.on('end', () => duplex.push(null));
  return { duplex, relayed: () => relayed };
}

server.listen(0, '127.0.0.1', () => {
  const { port } = server.address();
  const { duplex, relayed } = relay(port);
  const client = tls.connect({ socket: duplex, ca: F('ca.pem'), servername: 'localhost' }, () => {
    console.log('secureConnect', client.authorized, client.getProtocol());
    client.write('through a Duplex');
  });
  client.setEncoding('utf8');
  let reply = '';
  client.on('data', (data) => { reply += data; });
  client.on('end', () => {
    console.log('reply', reply, relayed() > 100);
    const raw = net.connect(port, '127.0.0.1', () => {
      const idle = new tls.TLSSocket(raw, { ca: F('ca.pem') });
      idle.on('secureConnect', () => console.log('unexpected secureConnect'));
      setTimeout(() => {
        console.log('client errors so far', clientErrors);
        idle.destroy();
        setTimeout(() => server.close(() => console.log('server closed')), 100);
      }, 200);
    });
  });
});

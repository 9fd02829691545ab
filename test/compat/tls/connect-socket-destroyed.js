// tls.connect({ socket }) over a net.Socket still connecting, destroyed before the connection is made: the
// connection goes with it (its connect callback never runs); one destroyed once connected does not take it along.
const tls = require('tls');
const net = require('net');
const F = require('./fixtures');

const server = tls.createServer({ key: F('server-key.pem'), cert: F('server.pem') }, () => console.log('unexpected'));
server.listen(0, '127.0.0.1', () => {
  const { port } = server.address();
  const early = net.connect(port, '127.0.0.1', () => console.log('unexpected connect'));
  const first = tls.connect({ socket: early, ca: F('ca.pem') }, () => console.log('unexpected secureConnect'));
  first.on('close', () => {
    console.log('first close', early.destroyed);
    const outliving = net.connect(port, '127.0.0.1', () => {
      console.log('outliving connected');
      second.destroy();
    });
    const second = tls.connect({ socket: outliving, ca: F('ca.pem') }, () => console.log('unexpected secureConnect'));
    second.on('close', () => {
      console.log('second close');
      setTimeout(() => server.close(() => console.log('server closed')), 100);
    });
  });
  first.destroy();
});

// connect: the 'connect' event and callback, remoteAddress, sends without an address, disconnect, and the
// errors of each state.
'use strict';
const dgram = require('dgram');

function attempt(label, fn) {
  try {
    const result = fn();
    console.log(label, 'ok', result);
  } catch (err) {
    console.log(label, err.name, err.code, err.message);
  }
}

const server = dgram.createSocket('udp4');
const client = dgram.createSocket('udp4');
server.bind(0, '127.0.0.1', () => {
  const { port } = server.address();
  attempt('remoteAddress before connect', () => client.remoteAddress());
  attempt('disconnect before connect', () => client.disconnect());
  client.on('connect', () => console.log('connect event'));
  client.connect(port, '127.0.0.1', (...args) => {
    console.log('connect callback, arguments:', args.length);
    const remote = client.remoteAddress();
    console.log('remote:', remote.address, remote.family, remote.port === port);
    attempt('connect again', () => client.connect(port));
    attempt('send with a port', () => client.send('x', port, '127.0.0.1'));
    attempt('send with an address', () => client.send('x', 0, 1, port, '127.0.0.1'));
    server.once('message', (msg, rinfo) => {
      console.log('server got', msg.toString(), rinfo.port === client.address().port);
      server.once('message', (msg2) => {
        console.log('server got', msg2.toString());
        client.disconnect();
        attempt('remoteAddress after disconnect', () => client.remoteAddress());
        client.send('unconnected', port, '127.0.0.1', (err, n) => {
          console.log('unconnected send', err, n);
          client.close();
          server.close();
        });
      });
      client.send(Buffer.from('xyz'), 1, 2, (err, n) => console.log('range send', err, n));
    });
    client.send('hello', (err, n) => console.log('connected send', err, n));
  });
});

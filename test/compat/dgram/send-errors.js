// Failed sends: reported to the callback (EMSGSIZE, EINVAL for the other family, lookup errors) or, for a
// lookup error without a callback, as 'error'; other failures without a callback go unreported, as in Node.
'use strict';
const dgram = require('dgram');

function lookup(address, family, callback) {
  if (address === 'nowhere.example') {
    const err = new Error(`getaddrinfo ENOTFOUND ${address}`);
    Object.assign(err, { errno: -3008, code: 'ENOTFOUND', syscall: 'getaddrinfo', hostname: address });
    process.nextTick(callback, err);
  } else {
    process.nextTick(callback, null, address, family);
  }
}

const socket = dgram.createSocket({ type: 'udp4', lookup });
socket.bind(0, '127.0.0.1', () => {
  const big = Buffer.alloc(70000);
  socket.send(big, 12345, '127.0.0.1', (err) => {
    console.log('too big:', err.message, err.code, err.errno, err.syscall, err.address, err.port, Object.keys(err));
    socket.send(big, 12345, '127.0.0.1'); // unreported
    socket.send('x', 12345, '::1', (err) => {
      console.log('other family:', err.message, err.code);
      socket.send('x', 12345, 'nowhere.example', (err, sent) => {
        console.log('lookup to callback:', err.message, err.code, err.hostname, sent);
        socket.once('error', (err) => {
          console.log('lookup to error event:', err.message);
          socket.close();
        });
        socket.send('x', 12345, 'nowhere.example');
      });
    });
  });
});

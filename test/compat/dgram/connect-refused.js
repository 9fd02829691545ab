// A connected socket learns that nobody listens (ICMP port unreachable): the next receive reports it as
// an 'error' (recvmsg ECONNREFUSED), or the next send's callback gets it.
'use strict';
const dgram = require('dgram');

const probe = dgram.createSocket('udp4');
probe.bind(0, '127.0.0.1', () => {
  const { port } = probe.address();
  probe.close(() => {
    const socket = dgram.createSocket('udp4');
    socket.once('error', (err) => {
      console.log('error event:', err.message, err.code, err.errno, err.syscall, Object.keys(err));
      socket.send('again', (err) => {
        console.log('send after the error:', err);
        socket.close(() => sendSide(port));
      });
    });
    socket.connect(port, '127.0.0.1', () => socket.send('anyone?'));
  });
});

function sendSide(port) {
  const socket = dgram.createSocket('udp4');
  socket.on('error', (err) => console.log('unexpected error event', err.message));
  socket.connect(port, '127.0.0.1', () => {
    socket.send('first', (err) => {
      console.log('first send:', err);
      socket.send('second', (err) => {
        console.log('second send:', err && [err.message, err.code, err.address, err.port, Object.keys(err)]);
        socket.close();
      });
    });
  });
}

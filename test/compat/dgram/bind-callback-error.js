// A bind callback is not an error handler: the failure still reaches 'error' (uncaught without a listener),
// and the callback never runs.
'use strict';
const dgram = require('dgram');

process.on('uncaughtException', (err) => {
  console.log('uncaught:', err.code, err.syscall);
  holder.close();
});

const holder = dgram.createSocket('udp4');
holder.bind(0, '127.0.0.1', () => {
  const socket = dgram.createSocket('udp4');
  socket.bind(holder.address().port, '127.0.0.1', () => console.log('bind callback ran'));
  socket.on('close', () => console.log('closed'));
  setTimeout(() => {
    console.log('listening listeners left:', socket.listenerCount('listening'));
    socket.close();
  }, 50);
});

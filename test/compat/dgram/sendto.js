// The legacy sendto(buffer, offset, length, port, address[, callback]) checks every argument's type.
'use strict';
const dgram = require('dgram');

const socket = dgram.createSocket('udp4');
for (const args of [
  [Buffer.from('x'), '0', 1, 1234, '127.0.0.1'],
  [Buffer.from('x'), 0, '1', 1234, '127.0.0.1'],
  [Buffer.from('x'), 0, 1, '1234', '127.0.0.1'],
  [Buffer.from('x'), 0, 1, 1234, 5],
  [Buffer.from('x'), 0, 1, 1234],
]) {
  try {
    socket.sendto(...args);
  } catch (err) {
    console.log(err.name, err.code, err.message);
  }
}
socket.bind(0, '127.0.0.1', () => {
  socket.on('message', (msg) => {
    console.log('received', msg.toString());
    socket.close();
  });
  socket.sendto(Buffer.from('legacy'), 0, 6, socket.address().port, '127.0.0.1', (err, n) => console.log('sent', err, n));
});

// Socket buffer sizes: the creation options (applied at bind), the setters and getters (Linux reports
// double what was set), and their errors before bind and for bad sizes.
'use strict';
const dgram = require('dgram');
const util = require('util');

function attempt(label, fn) {
  try {
    console.log(label, 'ok', fn());
  } catch (err) {
    console.log(label, err.name, err.code, err.message);
  }
}

const unbound = dgram.createSocket('udp4');
try {
  unbound.getRecvBufferSize();
} catch (err) {
  console.log(err.name, err.code, err.message);
  console.log('info', err.info, err.errno, err.syscall, err instanceof Error);
  console.log(util.inspect(err).split('\n')[0]);
}
attempt('setSendBufferSize unbound', () => unbound.setSendBufferSize(4096));
for (const size of [-1, 1.5, '1', 2 ** 32, NaN]) attempt(`size ${String(size)}`, () => unbound.setRecvBufferSize(size));
unbound.close();

const socket = dgram.createSocket({ type: 'udp4', recvBufferSize: 10000, sendBufferSize: 15000 });
socket.bind(0, '127.0.0.1', () => {
  console.log('from the options:', socket.getRecvBufferSize(), socket.getSendBufferSize());
  console.log('setters return:', socket.setRecvBufferSize(20000), socket.setSendBufferSize(30000));
  console.log('after setting:', socket.getRecvBufferSize(), socket.getSendBufferSize());
  console.log('send queue:', socket.getSendQueueSize(), socket.getSendQueueCount());
  socket.close();
});

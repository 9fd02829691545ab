// 'listening' comes after bind returns (on a later tick, before immediates); a socket closed while binding
// never listens; 'close' follows close() on the next tick.
'use strict';
const dgram = require('dgram');

const order = [];
const socket = dgram.createSocket('udp4');
socket.on('listening', () => order.push('listening event'));
socket.bind(0, '127.0.0.1', () => order.push('bind callback'));
order.push('after bind()');
process.nextTick(() => order.push('nextTick'));
Promise.resolve().then(() => order.push('microtask'));
setImmediate(() => {
  order.push('immediate');
  socket.close(() => order.push('close callback'));
  socket.on('close', () => order.push('close event'));
  order.push('after close()');
  process.nextTick(() => order.push('nextTick after close'));
  setImmediate(() => {
    console.log(order.join('\n'));
    const early = dgram.createSocket('udp4');
    early.on('listening', () => console.log('never: listening after close'));
    early.bind(0);
    early.close(() => console.log('closed while binding, no listening'));
  });
});

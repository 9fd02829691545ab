// setBroadcast, setTTL, setMulticastTTL, setMulticastLoopback: EBADF before bind, return values, ranges
// and argument types.
'use strict';
const dgram = require('dgram');

function attempt(label, fn) {
  try {
    console.log(label, 'ok', fn());
  } catch (err) {
    console.log(label, err.name, err.code, err.message);
  }
}

const unbound = dgram.createSocket('udp4');
attempt('setBroadcast unbound', () => unbound.setBroadcast(true));
attempt('setTTL unbound', () => unbound.setTTL(5));
attempt('setTTL unbound, out of range', () => unbound.setTTL(1000));
attempt('setMulticastTTL unbound', () => unbound.setMulticastTTL(5));
attempt('setMulticastLoopback unbound', () => unbound.setMulticastLoopback(true));
attempt('setMulticastInterface unbound', () => unbound.setMulticastInterface('0.0.0.0'));
attempt('address unbound', () => unbound.address());
unbound.close();

for (const type of ['udp4', 'udp6']) {
  const socket = dgram.createSocket(type);
  socket.bind(0, () => {
    attempt(`${type} setBroadcast`, () => [socket.setBroadcast(true), socket.setBroadcast(false)]);
    attempt(`${type} setTTL`, () => [socket.setTTL(1), socket.setTTL(64), socket.setTTL(255), socket.setTTL(1.5)]);
    attempt(`${type} setTTL 0`, () => socket.setTTL(0));
    attempt(`${type} setTTL 256`, () => socket.setTTL(256));
    attempt(`${type} setTTL string`, () => socket.setTTL('64'));
    attempt(`${type} setMulticastTTL`, () => [socket.setMulticastTTL(0), socket.setMulticastTTL(255)]);
    attempt(`${type} setMulticastTTL 256`, () => socket.setMulticastTTL(256));
    attempt(`${type} setMulticastTTL -1`, () => socket.setMulticastTTL(-1));
    attempt(`${type} setMulticastTTL NaN`, () => socket.setMulticastTTL(NaN));
    attempt(`${type} setMulticastLoopback`, () => [socket.setMulticastLoopback(16), socket.setMulticastLoopback(0),
      socket.setMulticastLoopback('yes')]);
    socket.close();
  });
}

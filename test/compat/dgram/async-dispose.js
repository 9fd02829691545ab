// Symbol.asyncDispose closes the socket and resolves after 'close'; on a closed socket it resolves at once.
'use strict';
const dgram = require('dgram');

(async () => {
  const socket = dgram.createSocket('udp4');
  socket.on('close', () => console.log('close event'));
  await new Promise((resolve) => socket.bind(0, '127.0.0.1', resolve));
  const result = await socket[Symbol.asyncDispose]();
  console.log('disposed:', result);
  try {
    socket.address();
  } catch (err) {
    console.log('address after dispose:', err.code);
  }
  console.log('again:', await socket[Symbol.asyncDispose]());
  const unbound = dgram.createSocket('udp4');
  await unbound[Symbol.asyncDispose]();
  console.log('unbound socket disposed');
  console.log(typeof dgram.Socket.prototype[Symbol.asyncDispose]);
})();

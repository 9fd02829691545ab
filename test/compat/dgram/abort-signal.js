// The signal option closes the socket when aborted, at once when already aborted.
'use strict';
const dgram = require('dgram');

const controller = new AbortController();
const socket = dgram.createSocket({ type: 'udp4', signal: controller.signal });
socket.on('close', () => {
  console.log('closed by abort');
  const pre = dgram.createSocket({ type: 'udp4', signal: AbortSignal.abort() });
  pre.on('close', () => {
    console.log('closed by an aborted signal');
    try {
      pre.address();
    } catch (err) {
      console.log('address after:', err.code);
    }
    const bound = dgram.createSocket({ type: 'udp6', signal: controller.signal });
    console.log('already aborted: closed before listening');
    bound.on('close', () => console.log('udp6 closed'));
  });
  console.log('pre-aborted socket created');
});
socket.bind(0, '127.0.0.1', () => {
  console.log('listening, aborting');
  controller.abort();
  console.log('after abort()');
});

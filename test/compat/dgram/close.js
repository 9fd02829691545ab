// close: its callback and 'close' event, closing twice, close with a non-function argument, and what each
// method does on a closed socket (Not running, or a TypeError where Node uses the handle unchecked).
'use strict';
const dgram = require('dgram');

const socket = dgram.createSocket('udp4');
socket.bind(0, '127.0.0.1', () => {
  console.log('close returns the socket:', socket.close((...args) => console.log('close callback', args.length)) === socket);
  socket.on('close', () => {
    console.log('close event');
    for (const [name, call] of [
      ['close', (s) => s.close()],
      ['address', (s) => s.address()],
      ['remoteAddress', (s) => s.remoteAddress()],
      ['bind', (s) => s.bind()],
      ['send', (s) => s.send('x', 1234)],
      ['disconnect', (s) => s.disconnect()],
      ['setMulticastInterface', (s) => s.setMulticastInterface('0.0.0.0')],
      ['addMembership', (s) => s.addMembership('224.0.0.1')],
      ['dropMembership', (s) => s.dropMembership('224.0.0.1')],
      ['addSourceSpecificMembership', (s) => s.addSourceSpecificMembership('10.0.0.1', '232.1.1.1')],
      ['setBroadcast', (s) => s.setBroadcast(true)],
      ['setTTL', (s) => s.setTTL(1)],
      ['getRecvBufferSize', (s) => s.getRecvBufferSize()],
      ['getSendQueueSize', (s) => s.getSendQueueSize()],
      ['ref', (s) => s.ref() === s],
      ['unref', (s) => s.unref() === s],
    ]) {
      try {
        console.log(name, 'ok', call(socket));
      } catch (err) {
        console.log(name, err.name, err.code, err.code ? err.message : '');
      }
    }
    const other = dgram.createSocket('udp4');
    other.on('close', () => console.log('close ignores a non-function argument'));
    other.close('not a function');
  });
});

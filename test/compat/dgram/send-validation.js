// Argument errors of send, thrown synchronously, in the order Node checks them.
'use strict';
const dgram = require('dgram');

const socket = dgram.createSocket('udp4');
function attempt(label, fn) {
  try {
    fn();
    console.log(label, 'no error');
  } catch (err) {
    console.log(label, err.name, err.code, err.message);
  }
}

attempt('number message', () => socket.send(5, 1234, '127.0.0.1'));
attempt('object message', () => socket.send({}, 1234, '127.0.0.1'));
attempt('null message', () => socket.send(null, 1234, '127.0.0.1'));
attempt('bad list part', () => socket.send(['a', 1], 1234, '127.0.0.1'));
attempt('port 0', () => socket.send('x', 0, '127.0.0.1'));
attempt('negative port', () => socket.send('x', -1, '127.0.0.1'));
attempt('port too big', () => socket.send('x', 65536, '127.0.0.1'));
attempt('no port', () => socket.send('x'));
attempt('blank port', () => socket.send('x', ' ', '127.0.0.1'));
attempt('fraction port', () => socket.send('x', 1.5, '127.0.0.1'));
for (const address of [[], 0, 1, true, false, 0n, {}, Symbol('s')]) {
  attempt(`address ${typeof address}`, () => socket.send('x', 1234, address));
}
attempt('offset past end', () => socket.send(Buffer.from('abc'), 4, 0, 1234, '127.0.0.1'));
attempt('length past end', () => socket.send(Buffer.from('abc'), 1, 3, 1234, '127.0.0.1'));
attempt('range on a number', () => socket.send(7, 0, 1, 1234, '127.0.0.1'));
attempt('message checked before port', () => socket.send(5, 0));
socket.close();
attempt('closed socket', () => socket.send('x', 1234, '127.0.0.1'));
attempt('closed socket, bad message first', () => socket.send(5, 1234, '127.0.0.1'));

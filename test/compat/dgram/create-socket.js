// dgram.createSocket: the type forms, the options it validates (in Node's order) and the listener it adds.
'use strict';
const dgram = require('dgram');

function attempt(label, fn) {
  try {
    const socket = fn();
    console.log(label, 'ok', socket.type, socket.listenerCount('message'));
    socket.close();
  } catch (err) {
    console.log(label, err.name, err.code, err.message);
  }
}

for (const type of ['udp4', 'udp6', { type: 'udp4' }, { type: 'udp6' }]) attempt(JSON.stringify(type), () => dgram.createSocket(type));
for (const type of ['test', ['udp4'], new String('udp4'), 1, {}, true, null, undefined]) {
  attempt(`bad ${String(type)}`, () => dgram.createSocket(type));
}
attempt('listener', () => dgram.createSocket('udp4', () => {}));
attempt('listener not a function', () => dgram.createSocket('udp4', 'x'));
attempt('options listener', () => dgram.createSocket({ type: 'udp6' }, () => {}));
attempt('new Socket', () => new dgram.Socket('udp4'));
attempt('lookup', () => dgram.createSocket({ type: 'udp4', lookup: 5 }));
attempt('lookup before type', () => dgram.createSocket({ type: 'nope', lookup: 5 }));
attempt('recvBufferSize', () => dgram.createSocket({ type: 'udp4', recvBufferSize: -1 }));
attempt('recvBufferSize fraction', () => dgram.createSocket({ type: 'udp4', recvBufferSize: 1.5 }));
attempt('sendBufferSize string', () => dgram.createSocket({ type: 'udp4', sendBufferSize: 'big' }));
attempt('recvBufferSize zero', () => dgram.createSocket({ type: 'udp4', recvBufferSize: 0 }));
attempt('signal', () => dgram.createSocket({ type: 'udp4', signal: {} }));
console.log(typeof dgram.Socket, dgram.createSocket('udp4') instanceof require('events'));

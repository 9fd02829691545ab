// bindSync and connectSync: synchronous, literal addresses only; 'listening'/'connect' on the next tick.
'use strict';
const dgram = require('dgram');

function attempt(label, fn) {
  try {
    console.log(label, 'ok', fn());
  } catch (err) {
    console.log(label, err.name, err.code, err.message);
  }
}

const order = [];
const socket = dgram.createSocket('udp4');
socket.on('listening', () => order.push('listening'));
socket.on('connect', () => order.push('connect'));
const bound = socket.bindSync({ address: '127.0.0.1' });
order.push(`bindSync returned ${Object.keys(bound)} ${bound.address} ${bound.family} ${bound.port > 0}`);
attempt('bindSync again', () => socket.bindSync());
attempt('bind after bindSync', () => socket.bind());
socket.connectSync(bound.port, '127.0.0.1');
order.push(`connectSync done, remote ${socket.remoteAddress().address}`);
attempt('connectSync again', () => socket.connectSync(bound.port));
process.nextTick(() => {
  console.log(order.join('\n'));

  const other = dgram.createSocket('udp4');
  attempt('bindSync host name', () => other.bindSync({ address: 'localhost' }));
  attempt('bindSync bad port', () => other.bindSync({ port: 70000 }));
  attempt('bindSync not an object', () => other.bindSync(5));
  attempt('bindSync address type', () => other.bindSync({ address: 5 }));
  try {
    other.bindSync({ port: bound.port, address: '127.0.0.1' });
  } catch (err) {
    console.log('bindSync in use', err.message.replace(String(bound.port), 'PORT'), err.code, err.port === bound.port);
  }
  socket.close();
  attempt('connectSync host name', () => other.connectSync(1234, 'localhost'));
  attempt('connectSync port 0', () => other.connectSync(0));
  attempt('connectSync binds', () => {
    other.connectSync(1234);
    return [other.address().address, other.remoteAddress().address];
  });
  other.close();
});

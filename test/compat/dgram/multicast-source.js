// Source-specific multicast and the membership calls on a socket that is not bound yet (which bind it).
'use strict';
const dgram = require('dgram');

function attempt(label, fn) {
  try {
    console.log(label, 'ok', fn());
  } catch (err) {
    console.log(label, err.name, err.code, err.message);
  }
}

const socket = dgram.createSocket('udp4');
attempt('ssm, no source', () => socket.addSourceSpecificMembership());
attempt('ssm, no group', () => socket.addSourceSpecificMembership('127.0.0.1'));
attempt('ssm, group number', () => socket.addSourceSpecificMembership('127.0.0.1', 5));
attempt('ssm while unbound', () => socket.addSourceSpecificMembership('127.0.0.1', '232.1.1.1'));
attempt('address after', () => {
  const { address, port } = socket.address();
  return [address, port > 0];
});
attempt('ssm, non-SSM group', () => socket.addSourceSpecificMembership('127.0.0.1', '224.1.1.1', '127.0.0.1'));
attempt('drop ssm', () => socket.dropSourceSpecificMembership('127.0.0.1', '232.1.1.1'));
attempt('drop ssm again', () => socket.dropSourceSpecificMembership('127.0.0.1', '232.1.1.1'));
attempt('ssm, bad source', () => socket.addSourceSpecificMembership('x', '232.1.1.1'));
attempt('ssm, bad interface', () => socket.addSourceSpecificMembership('127.0.0.1', '232.1.1.2', 'y'));
socket.on('error', (err) => {
  console.log('bind after the implicit bind:', err.message, err.code);
  socket.close();
});
socket.bind(0);

const six = dgram.createSocket('udp6');
six.bind(0, () => {
  attempt('udp6 add', () => six.addMembership('ff02::1:3'));
  attempt('udp6 add on lo', () => six.addMembership('ff02::1:4', '::%lo'));
  attempt('udp6 IPv4 group', () => six.addMembership('224.0.0.114'));
  attempt('udp6 ssm', () => six.addSourceSpecificMembership('::1', 'ff3e::1234'));
  attempt('udp6 drop ssm', () => six.dropSourceSpecificMembership('::1', 'ff3e::1234'));
  attempt('udp6 interface', () => six.setMulticastInterface('::%lo'));
  attempt('udp6 interface, unknown zone', () => six.setMulticastInterface('::%nosuchif'));
  attempt('udp6 interface undefined', () => six.setMulticastInterface('undefined'));
  attempt('udp6 interface empty', () => six.setMulticastInterface(''));
  attempt('udp6 interface IPv4', () => six.setMulticastInterface('0.0.0.0'));
  six.close();
});

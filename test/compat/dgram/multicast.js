// Multicast on the loopback interface: membership, outgoing interface, loopback; the membership errors.
'use strict';
const dgram = require('dgram');

function attempt(label, fn) {
  try {
    console.log(label, 'ok', fn());
  } catch (err) {
    console.log(label, err.name, err.code, err.message);
  }
}

const socket = dgram.createSocket({ type: 'udp4', reuseAddr: true });
socket.on('message', (msg, rinfo) => {
  console.log('received', msg.toString(), 'from', rinfo.address);
  attempt('drop', () => socket.dropMembership('239.255.0.1', '127.0.0.1'));
  attempt('drop again', () => socket.dropMembership('239.255.0.1', '127.0.0.1'));
  socket.close();
});
socket.bind(0, () => {
  attempt('add', () => socket.addMembership('239.255.0.1', '127.0.0.1'));
  attempt('add again', () => socket.addMembership('239.255.0.1', '127.0.0.1'));
  attempt('add without interface', () => socket.addMembership('239.255.0.2'));
  attempt('add, not multicast', () => socket.addMembership('1.2.3.4'));
  attempt('add, not an address', () => socket.addMembership('foo'));
  attempt('add, bad interface', () => socket.addMembership('239.255.0.3', 'abc'));
  attempt('add IPv6 group on udp4', () => socket.addMembership('ff02::1'));
  attempt('add, no group', () => socket.addMembership());
  attempt('add, empty group', () => socket.addMembership(''));
  attempt('interface', () => socket.setMulticastInterface('127.0.0.1'));
  attempt('interface any', () => socket.setMulticastInterface('0.0.0.0'));
  attempt('interface not local', () => socket.setMulticastInterface('224.0.0.2'));
  attempt('interface IPv6 on udp4', () => socket.setMulticastInterface('::'));
  attempt('interface not an address', () => socket.setMulticastInterface('1'));
  attempt('interface number', () => socket.setMulticastInterface(1));
  attempt('interface back to loopback', () => socket.setMulticastInterface('127.0.0.1'));
  attempt('loopback on', () => socket.setMulticastLoopback(true));
  socket.send('to the group', socket.address().port, '239.255.0.1');
});

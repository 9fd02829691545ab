'use strict';
// dgram's receiveBlockList (datagrams from blocked senders dropped) and sendBlockList (ERR_IP_BLOCKED to the
// callback; without one the datagram is dropped silently), and the options' validation.
const dgram = require('dgram');
const net = require('net');

const blocked = new net.BlockList();
blocked.addAddress('127.0.0.1');
try {
  dgram.createSocket({ type: 'udp4', receiveBlockList: {} });
} catch (e) {
  console.log(e.code, e.message);
}
try {
  dgram.createSocket({ type: 'udp4', sendBlockList: 'x' });
} catch (e) {
  console.log(e.code, e.message);
}
const receiver = dgram.createSocket({ type: 'udp4', receiveBlockList: blocked });
receiver.on('message', (m, rinfo) => console.log('received', String(m), rinfo.address));
receiver.bind(0, '127.0.0.1', () => {
  const port = receiver.address().port;
  const refusing = dgram.createSocket({ type: 'udp4', sendBlockList: blocked });
  refusing.send('one', port, '127.0.0.1', (err) => {
    console.log('send callback', err.code, err.message);
    refusing.on('error', (e) => console.log('unexpected error event', e.code));
    refusing.send('three', port, '127.0.0.1');
    setTimeout(() => {
      refusing.close();
      const plain = dgram.createSocket('udp4');
      plain.send('two', port, '127.0.0.1', () => {
        // The receiver drops it: nothing is printed for 'two'.
        setTimeout(() => {
          plain.close();
          receiver.close(() => console.log('closed'));
        }, 200);
      });
    }, 100);
  });
});

// Sending to a broadcast address needs SO_BROADCAST: EACCES without it, delivered with it.
'use strict';
const dgram = require('dgram');

const receiver = dgram.createSocket({ type: 'udp4', reuseAddr: true });
receiver.on('message', (msg) => {
  console.log('received', msg.toString());
  receiver.close();
  sender.close();
});
const sender = dgram.createSocket('udp4');
receiver.bind(0, () => {
  const { port } = receiver.address();
  sender.bind(0, () => {
    sender.send('no flag', port, '255.255.255.255', (err) => {
      console.log('without setBroadcast:', err.message.replace(String(port), 'PORT'), err.code);
      sender.setBroadcast(true);
      sender.send('broadcast', port, '127.255.255.255', (err) => console.log('with setBroadcast:', err));
    });
  });
});

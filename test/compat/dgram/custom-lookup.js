// The lookup option: called with the address (the family's default when none), the family and a callback,
// for bind, send and connect; a literal goes through it too.
'use strict';
const dgram = require('dgram');

const seen = [];
function lookup(address, family, callback) {
  seen.push(`${address} ${family}`);
  callback(null, address === 'here.example' ? '127.0.0.1' : address, family);
}

const receiver = dgram.createSocket('udp4');
const socket = dgram.createSocket({ type: 'udp4', lookup });
receiver.on('message', (msg, rinfo) => {
  console.log('received', msg.toString());
  if (msg.toString() === 'by name') {
    socket.connect(receiver.address().port, (err) => {
      console.log('connected', err);
      console.log(seen.join('\n'));
      socket.close();
      receiver.close();
      const six = dgram.createSocket({ type: 'udp6', lookup });
      seen.length = 0;
      six.bind(() => {
        six.send('x', 9, () => {
          console.log(seen.join('\n'));
          six.close();
        });
      });
    });
  }
});
receiver.bind(0, '127.0.0.1', () => {
  socket.bind(0, 'here.example', () => {
    console.log('bound to', socket.address().address);
    socket.send('default', receiver.address().port);
    socket.send('by name', receiver.address().port, 'here.example');
  });
});

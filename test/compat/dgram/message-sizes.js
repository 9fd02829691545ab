// Datagrams of many sizes arrive whole (up to the IPv4 maximum of 65507 bytes); one byte more is EMSGSIZE.
'use strict';
const dgram = require('dgram');

const sizes = [0, 1, 100, 1472, 1473, 8192, 9000, 65507];
const socket = dgram.createSocket('udp4');
let i = 0;
socket.on('message', (msg, rinfo) => {
  const expected = pattern(sizes[i]);
  console.log(`size ${sizes[i]}: received ${msg.length}, rinfo.size ${rinfo.size}, intact ${msg.equals(expected)}`);
  i++;
  if (i < sizes.length) {
    sendNext();
  } else {
    socket.send(Buffer.alloc(65508), socket.address().port, '127.0.0.1', (err) => {
      console.log('65508 bytes:', err.code);
      socket.close();
    });
  }
});

function pattern(size) {
  const bytes = Buffer.alloc(size);
  for (let j = 0; j < size; j++) bytes[j] = (j * 7) & 0xff;
  return bytes;
}

function sendNext() {
  socket.send(pattern(sizes[i]), socket.address().port, '127.0.0.1');
}
socket.bind(0, '127.0.0.1', sendNext);

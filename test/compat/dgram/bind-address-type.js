// bind checks its address only through the lookup (as dns.lookup's hostname), after the socket is marked
// as binding: a second bind then finds it already bound.
'use strict';
const dgram = require('dgram');

const socket = dgram.createSocket('udp4');
for (const attempt of [() => socket.bind({ port: 0, address: 5 }), () => socket.bind(0)]) {
  try {
    attempt();
  } catch (err) {
    console.log(err.name, err.code, err.message);
  }
}
socket.close(() => console.log('closed'));

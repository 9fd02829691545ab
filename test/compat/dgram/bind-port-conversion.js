// bind does not validate its port: values are converted to an integer (non-numbers become 0, so any port).
'use strict';
const dgram = require('dgram');

const ports = ['abc', '', null, undefined, NaN, {}, [7], 0.4];
(function run(i) {
  if (i === ports.length) return;
  const socket = dgram.createSocket('udp4');
  socket.bind(ports[i], '127.0.0.1', () => {
    console.log(JSON.stringify(ports[i]) ?? String(ports[i]), '-> a port was chosen:', socket.address().port > 0);
    socket.close(() => run(i + 1));
  });
})(0);

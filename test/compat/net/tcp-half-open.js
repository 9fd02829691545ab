// allowHalfOpen: the server keeps writing after the client's end, then ends itself; without it the
// writable side ends a tick after 'end' (an 'end' listener can still write a last chunk).
'use strict';
const net = require('net');

const server = net.createServer({ allowHalfOpen: true }, (socket) => {
  socket.on('end', () => {
    console.log('server: client ended; writable still:', socket.writable);
    setTimeout(() => {
      socket.write('late ');
      socket.end('reply');
    }, 20);
  });
  socket.resume();
});
server.listen(0, '127.0.0.1', () => {
  const client = net.connect({ port: server.address().port, host: '127.0.0.1', allowHalfOpen: true });
  let received = '';
  client.setEncoding('utf8');
  client.on('data', (data) => { received += data; });
  client.on('connect', () => client.end('question'));
  client.on('finish', () => console.log('client: finished writing'));
  client.on('end', () => {
    console.log('client: got', JSON.stringify(received));
    server.close(() => console.log('server closed'));
  });
});

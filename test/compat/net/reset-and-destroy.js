'use strict';
// resetAndDestroy: the peer sees ECONNRESET (an RST, not a FIN); on a socket without a connection it is an
// ERR_SOCKET_CLOSED error; while connecting it waits for the connection.
const net = require('net');

const lone = new net.Socket();
lone.on('error', (e) => console.log('lone socket:', e.code, e.message));
console.log('returns the socket', lone.resetAndDestroy() === lone);

const server = net.createServer((connection) => {
  // (Its 'close' is not printed: jnode emits it a tick after destroy, Node after the handle's close callback,
  // which comes after the client's error here; docs/compat.md lists that difference.)
  connection.resetAndDestroy();
});
server.listen(0, '127.0.0.1', () => {
  const client = net.connect(server.address().port, '127.0.0.1');
  // (Whether the RST beats the client's own connect callback varies, so the syscall is not shown.)
  client.on('error', (e) => console.log('client error:', e.code));
  client.on('close', (hadError) => {
    console.log('client closed', hadError);
    server.close();
    const quiet = net.createServer((connection) => {
      connection.on('error', (e) => console.log('quiet server side:', e.code));
      connection.on('close', () => quiet.close());
    });
    quiet.listen(0, '127.0.0.1', () => {
      const early = net.connect(quiet.address().port, '127.0.0.1');
      early.resetAndDestroy();
      early.on('close', (hadError2) => console.log('reset while connecting closed', hadError2, early.destroyed));
    });
  });
});

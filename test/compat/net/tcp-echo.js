// A TCP server and client in one process: connect, echo, end from the client, a last word from the server,
// both sides closing, the server closing; addresses and byte counts as each side sees them.
'use strict';
const net = require('net');
const serverLog = [];
const clientLog = [];

const server = net.createServer((socket) => {
  serverLog.push(`connection from ${socket.remoteAddress} (${socket.remoteFamily}), local ${socket.localAddress}`);
  serverLog.push(`server.getConnections via socket.server: ${socket.server === server}`);
  socket.setEncoding('utf8');
  socket.on('data', (data) => {
    serverLog.push(`data ${JSON.stringify(data)}`);
    socket.write(data.toUpperCase());
  });
  socket.on('end', () => {
    serverLog.push('end');
    socket.end('bye');
  });
  socket.on('finish', () => serverLog.push('finish'));
  socket.on('close', (hadError) => {
    serverLog.push(`close hadError=${hadError} bytesRead=${socket.bytesRead} bytesWritten=${socket.bytesWritten}`);
  });
});

console.log('listening before listen():', server.listening, server.address());
server.listen(0, () => {
  const { address, family, port } = server.address();
  console.log('listening:', server.listening, address, family, Number.isInteger(port) && port > 0);
  const client = net.connect(port, '127.0.0.1', () => {
    clientLog.push(`connect ${client.remoteAddress}:${client.remotePort === port} ${client.remoteFamily}`);
    clientLog.push(`readyState ${client.readyState}, pending ${client.pending}, connecting ${client.connecting}`);
    client.write('hello ');
    client.write('world');
  });
  clientLog.push(`connecting right away: ${client.connecting}, readyState ${client.readyState}`);
  client.on('ready', () => clientLog.push('ready'));
  client.setEncoding('utf8');
  let received = '';
  client.on('data', (data) => {
    received += data;
    if (received === 'HELLO WORLD') client.end();
  });
  client.on('end', () => clientLog.push(`end, received ${JSON.stringify(received)}`));
  client.on('close', (hadError) => {
    clientLog.push(`close hadError=${hadError} readyState ${client.readyState}`);
    server.close(() => {
      console.log('server closed; listening:', server.listening, server.address());
      console.log('server side:\n  ' + serverLog.join('\n  '));
      console.log('client side:\n  ' + clientLog.join('\n  '));
    });
  });
});

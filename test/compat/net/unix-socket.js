'use strict';
// net over a Unix socket path: listen/connect, the address forms, the errors (ENOENT, EADDRINUSE), the event
// order, and the socket file removed on close.
const net = require('net');
const fs = require('fs');
const path = require('path');
const os = require('os');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jnode-unix-'));
const file = path.join(dir, 'server.sock');
const hide = (s) => String(s).split(dir).join('<dir>');

const early = net.connect(file);
early.on('error', (e) => {
  console.log('connect to nothing:', hide(e.message), e.code, e.errno, e.syscall, hide(e.address), e.port, Object.keys(e));
  start();
});

function start() {
  const server = net.createServer((sock) => {
    console.log('connection', sock.remoteAddress, sock.remotePort, sock.address(), sock.localAddress);
    sock.setEncoding('utf8');
    sock.on('data', (d) => {
      console.log('server got', d);
      sock.end('bye');
    });
  });
  server.listen({ path: file, readableAll: true, writableAll: true }, () => {
    console.log('listening', hide(server.address()), fs.statSync(file).isSocket(), (fs.statSync(file).mode & 0o666).toString(8));
    const second = net.createServer();
    second.on('error', (e) => {
      console.log('second listen:', hide(e.message), e.code, e.errno, e.syscall, hide(e.address), e.port, Object.keys(e));
      connect(server);
    });
    second.listen(file);
  });
}

function connect(server) {
  const client = net.createConnection({ path: file }, () => {
    console.log('client connect', client.remoteAddress, client.address(), client.localPort);
    console.log('options on a pipe', client.setNoDelay(true) === client, client.setKeepAlive(true, 1000) === client);
    client.write('hello');
  });
  client.setEncoding('utf8');
  client.on('data', (d) => console.log('client got', d));
  client.on('end', () => console.log('client end'));
  client.on('close', () => {
    console.log('client close', client.bytesRead, client.bytesWritten);
    server.close(() => {
      console.log('closed; file left:', fs.existsSync(file), hide(server.address()));
      fs.rmSync(dir, { recursive: true });
    });
  });
}

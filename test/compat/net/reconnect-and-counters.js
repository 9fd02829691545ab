'use strict';
// A net.Socket connecting again after close (counters start over), bytesWritten counting writes still queued
// while connecting, a write pending at destroy failing with ERR_SOCKET_CLOSED_BEFORE_CONNECTION, net.Socket()
// without new, the legacy _connecting, option validation, and an unref'd server that lets the process exit.
const net = require('net');

for (const options of [{ port: 1, objectMode: true }, { port: 1, host: ['x'] }, { port: 1, localAddress: 'nope' },
  { port: 1, localPort: 'x' }]) {
  try {
    net.connect(options);
  } catch (e) {
    console.log(e.code, e.name, e.message);
  }
}
const bare = net.Socket();
console.log(bare instanceof net.Socket, bare.constructor.name, net.Stream === net.Socket);

const server = net.createServer((s) => {
  s.resume();
  s.on('end', () => console.log('server saw', s.bytesRead, 'bytes'));
}).unref();
server.listen(0, '127.0.0.1', () => {
  const { port } = server.address();
  const socket = new net.Socket();
  let round = 0;
  const go = () => {
    round++;
    socket.connect(port, '127.0.0.1');
    console.log('connecting', socket.connecting, socket._connecting);
    socket.cork();
    socket.write('abc');
    socket.write(Buffer.from('déf'));
    socket.uncork();
    console.log('queued bytesWritten', socket.bytesWritten);
    socket.end('!');
  };
  socket.on('connect', () => console.log('connect', round, socket.connecting, socket._connecting));
  socket.on('finish', () => console.log('finish', round, socket.bytesWritten));
  socket.on('close', () => {
    console.log('close', round, socket.bytesRead, socket.bytesWritten);
    if (round < 2) {
      go();
      return;
    }
    const early = new net.Socket();
    early.connect(port, '127.0.0.1');
    early.write('x', (err) => console.log('write callback', err.code, err.message));
    early.on('error', (e) => console.log('error event', e.code));
    early.destroy();
  });
  go();
});

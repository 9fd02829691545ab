// child_process: sockets and servers sent to a forked child over IPC. An accepted socket moves to the child (the
// parent's object lets go of it); a listening server is shared, and the child accepts on it too.
const { fork } = require('node:child_process');
const net = require('node:net');

if (process.argv[2] === 'child') {
  process.on('message', (message, handle) => {
    if (message.kind === 'socket') {
      console.log('child: socket', handle instanceof net.Socket, handle.readable, handle.writable,
        typeof handle.remotePort);
      handle.on('data', (data) => handle.end(`child echoes ${data}`));
    } else if (message.kind === 'server') {
      console.log('child: server', handle instanceof net.Server, handle.listening,
        handle.address().port === message.port);
      handle.on('connection', (socket) => {
        socket.end('child server answers');
        handle.close(() => process.send({ kind: 'server closed' }));
      });
      process.send({ kind: 'server ready' });
    }
  });
} else {
  const child = fork(__filename, ['child']);
  // Paused from the start: bytes the parent read would not reach the child.
  const server = net.createServer({ pauseOnConnect: true }, (socket) => {
    const sent = child.send({ kind: 'socket' }, socket, (err) => {
      console.log('parent: send callback', err, 'socket handle gone', socket._handle === null);
    });
    console.log('parent: send returned', sent);
  });
  server.listen(0, '127.0.0.1', () => {
    const client = net.connect(server.address().port, '127.0.0.1', () => client.write('ping'));
    client.setEncoding('utf8');
    client.on('data', (data) => console.log('client 1:', data));
    client.on('end', () => {
      server.close();
      shareServer();
    });
  });

  function shareServer() {
    const shared = net.createServer(() => console.log('parent: unexpected connection'));
    shared.listen(0, '127.0.0.1', () => {
      const { port } = shared.address();
      // Once sent, the parent stops accepting; the child's copy takes the connection.
      child.send({ kind: 'server', port }, shared, () => shared.close());
      child.on('message', (message) => {
        console.log('parent: heard', message.kind);
        if (message.kind === 'server ready') {
          const client = net.connect(port, '127.0.0.1');
          client.setEncoding('utf8');
          client.on('data', (data) => console.log('client 2:', data));
        } else if (message.kind === 'server closed') {
          child.disconnect();
        }
      });
    });
  }
  child.on('exit', (code, signal) => console.log('exit', code, signal));
}

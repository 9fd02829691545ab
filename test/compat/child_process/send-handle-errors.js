// child_process: what send() refuses as a handle, and keepOpen (the parent's socket stays usable).
const { fork } = require('node:child_process');
const net = require('node:net');

if (process.argv[2] === 'child') {
  process.on('message', (message, handle) => {
    handle.write('from the child\n');
    process.send('done');
  });
} else {
  const child = fork(__filename, ['child']);
  for (const bad of [{}, 42, 'string', new (require('node:events'))()]) {
    try {
      child.send('x', bad);
      console.log('accepted', typeof bad);
    } catch (err) {
      console.log(typeof bad, err.code, err.name, err.message);
    }
  }
  const server = net.createServer((socket) => {
    child.send('keep', socket, { keepOpen: true }, () => {
      console.log('parent keeps its socket', socket._handle !== null, socket.destroyed);
    });
    child.once('message', () => {
      socket.end('from the parent\n');
    });
  });
  server.listen(0, '127.0.0.1', () => {
    const client = net.connect(server.address().port, '127.0.0.1');
    let text = '';
    client.setEncoding('utf8');
    client.on('data', (data) => (text += data));
    client.on('end', () => {
      console.log(JSON.stringify(text));
      server.close();
      child.disconnect();
    });
  });
}

'use strict';
// connect's localAddress/localPort: the connection leaves from there (seen by the server), and a failed
// connect names that end in its message and properties (the family's any-address when only a port is given).
const net = require('net');

function freePort(host) {
  return new Promise((resolve) => {
    const probe = net.createServer().listen(0, host, () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}

(async () => {
  const server = net.createServer((socket) => {
    console.log('server sees', socket.remoteAddress, socket.remotePort === chosen);
    socket.end();
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const chosen = await freePort('127.0.0.1');
  const client = net.connect({ port: server.address().port, host: '127.0.0.1', localAddress: '127.0.0.1',
    localPort: chosen });
  client.on('connect', () => console.log('client leaves from', client.localAddress, client.localPort === chosen));
  client.resume();
  await new Promise((resolve) => client.on('close', resolve));
  const refusedPort = await freePort('127.0.0.1');
  for (const [host, options] of [['127.0.0.1', { localPort: await freePort('0.0.0.0') }],
    ['::1', { localPort: await freePort('::') }], ['127.0.0.1', { localAddress: '127.0.0.1' }]]) {
    await new Promise((resolve) => {
      net.connect({ port: refusedPort, host, ...options }).on('error', (e) => {
        const hide = (s) => String(s).split(String(refusedPort)).join('P').split(String(options.localPort)).join('L');
        console.log(hide(e.message), e.code, e.address, e.localAddress, options.localPort ? e.localPort === options.localPort : e.localPort);
        resolve();
      });
    });
  }
  server.close();
})();

// A host name goes through lookup ('lookup' event), a connection nobody reads still sees the peer's end and
// closes, getConnections counts open connections, pauseOnConnect holds the data until resume().
'use strict';
const net = require('net');

const server = net.createServer((socket) => {
  socket.setNoDelay();
  socket.setKeepAlive(true, 5000);
  server.getConnections((err, count) => console.log('connections while open:', err, count));
  socket.end('x');
  socket.on('close', () => console.log('server side closed without reading'));
}).listen(0, () => {
  const client = net.connect({ port: server.address().port, host: 'localhost' });
  client.on('lookup', (err, address, family, host) => {
    console.log('lookup:', err, typeof address, [4, 6].includes(family), host);
  });
  client.setNoDelay(false).setKeepAlive(true);
  client.on('data', (data) => console.log('client got', String(data)));
  client.on('close', () => server.close(() => {
    console.log('server closed');
    pausedServer();
  }));
});

function pausedServer() {
  const paused = net.createServer({ pauseOnConnect: true }, (socket) => {
    console.log('paused on connect:', socket.isPaused());
    let got = '';
    socket.on('data', (data) => { got += data; });
    setTimeout(() => {
      console.log('nothing before resume:', JSON.stringify(got));
      socket.resume();
      socket.on('end', () => {
        console.log('after resume:', JSON.stringify(got));
        paused.close();
      });
    }, 50);
  }).listen(0, '127.0.0.1', () => {
    net.connect(paused.address().port, '127.0.0.1', function () { this.end('held'); });
  });
}

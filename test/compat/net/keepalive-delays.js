// setKeepAlive takes any initial delay, as Node converts it to whole seconds (Infinity and NaN mean the default).
const net = require('net');

const server = net.createServer((socket) => socket.end());
server.listen(0, '127.0.0.1', () => {
  const socket = net.connect(server.address().port, '127.0.0.1', () => {
    for (const delay of [Infinity, NaN, -1, 1500, 2 ** 40, '3000', undefined]) {
      console.log(String(delay), socket.setKeepAlive(true, delay) === socket);
    }
    console.log(socket.setKeepAlive(false) === socket);
  });
  socket.on('close', () => server.close(() => console.log('closed')));
  socket.resume();
});

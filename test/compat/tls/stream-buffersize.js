// tls.connect over one end of a duplexPair whose other end is piped to a TCP connection: bufferSize counts the
// writes still on their way through the stream; the server's close_notify reaches the client as 'end' before
// 'close', although the stream closes right after delivering it.
const tls = require('tls');
const net = require('net');
const { duplexPair } = require('stream');
const F = require('./fixtures');

const server = tls.createServer({ key: F('server-key.pem'), cert: F('server.pem') }, (socket) => {
  let received = '';
  socket.setEncoding('utf8');
  socket.on('data', (chunk) => { received += chunk; });
  socket.on('end', () => {
    console.log('server end', received);
    server.close();
  });
});
server.listen(0, '127.0.0.1', () => {
  const [clientSide, serverSide] = duplexPair();
  const socket = net.connect(server.address().port, '127.0.0.1', () => {
    clientSide.pipe(socket);
    socket.pipe(clientSide);
    clientSide.on('close', () => socket.destroy());
    socket.on('close', () => clientSide.destroy());
    const client = tls.connect({ socket: serverSide, ca: F('ca.pem'), servername: 'localhost' }, () => {
      const sizes = [client.bufferSize];
      for (let i = 0; i < 3; i++) {
        client.write('a');
        sizes.push(client.bufferSize);
      }
      console.log('bufferSize', sizes);
      client.on('end', () => console.log('client end'));
      client.on('close', () => console.log('client close', client.bufferSize));
      client.end();
    });
  });
});

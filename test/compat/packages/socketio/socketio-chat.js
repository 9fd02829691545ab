// socket.io 4 unmodified, server and its own client in one process: the default transport upgrade (polling then
// websocket) and a websocket-only client, events with acknowledgements, binary payloads, rooms and broadcasts, a
// namespace with middleware that refuses a client, the server's disconnect, and closing the server.
const http = require('http');
const { Server } = require('socket.io');
const { io } = require('socket.io-client');

const httpServer = http.createServer();
const server = new Server(httpServer);
const serverLog = [];

server.on('connection', (socket) => {
  serverLog.push(`connection ${socket.handshake.query.name}`);
  socket.on('join', (room, ack) => {
    socket.join(room);
    ack(`joined ${room}`);
  });
  socket.on('say', (text) => server.to('lobby').emit('said', `${socket.handshake.query.name}: ${text}`));
  socket.on('bytes', (data, ack) => ack(Buffer.from(data).reverse()));
  socket.on('leave', () => socket.disconnect(true));
  socket.on('disconnect', (reason) => serverLog.push(`disconnect ${socket.handshake.query.name} ${reason}`));
});

const admin = server.of('/admin');
admin.use((socket, next) => {
  if (socket.handshake.auth.token === 'secret') next();
  else next(new Error('not allowed'));
});
admin.on('connection', (socket) => socket.emit('welcome', 'admin'));

function connect(name, options = {}) {
  const client = io(`http://127.0.0.1:${httpServer.address().port}`, { query: { name }, reconnection: false, ...options });
  return new Promise((resolve) => client.on('connect', () => resolve(client)));
}

httpServer.listen(0, '127.0.0.1', async () => {
  const alice = await connect('alice');
  const bob = await connect('bob', { transports: ['websocket'] });
  console.log('bob transport', bob.io.engine.transport.name);
  if (alice.io.engine.transport.name !== 'websocket') {
    await new Promise((resolve) => alice.io.engine.once('upgrade', resolve));
  }
  console.log('alice transport after upgrade', alice.io.engine.transport.name);

  console.log(await alice.emitWithAck('join', 'lobby'), await bob.emitWithAck('join', 'lobby'));
  const heard = [];
  const both = new Promise((resolve) => {
    const onSaid = (who) => (line) => {
      heard.push(`${who} heard ${line}`);
      if (heard.length === 2) resolve();
    };
    alice.on('said', onSaid('alice'));
    bob.on('said', onSaid('bob'));
  });
  alice.emit('say', 'hello lobby');
  await both;
  console.log(heard.sort());

  const reversed = await bob.emitWithAck('bytes', Buffer.from([1, 2, 3, 4]));
  console.log('binary ack', Buffer.isBuffer(reversed) || reversed instanceof ArrayBuffer, [...new Uint8Array(reversed)]);

  const refused = io(`http://127.0.0.1:${httpServer.address().port}/admin`, { reconnection: false, auth: {} });
  console.log('admin refused:', await new Promise((resolve) => refused.on('connect_error', (err) => resolve(err.message))));
  const allowed = io(`http://127.0.0.1:${httpServer.address().port}/admin`, { reconnection: false, auth: { token: 'secret' } });
  console.log('admin says', await new Promise((resolve) => allowed.on('welcome', resolve)));
  allowed.close();
  refused.close();

  const gone = new Promise((resolve) => bob.on('disconnect', resolve));
  bob.emit('leave');
  console.log('bob disconnected:', await gone);
  alice.close();
  await new Promise((resolve) => setTimeout(resolve, 100));
  console.log(serverLog.sort());
  server.close(() => console.log('server closed'));
});

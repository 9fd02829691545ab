// ws 8 unmodified, server and client in one process: the upgrade with its URL, text and binary messages both
// ways, and the close handshake with a code and reason. Each side keeps its own log (the two sockets' events
// interleave as the kernel delivers them), printed once both have closed.
const { WebSocketServer, WebSocket } = require('ws');

const serverLog = [];
const clientLog = [];
let closed = 0;
function sideClosed() {
  if (++closed < 2) return;
  console.log(`server: ${serverLog.join(' | ')}`);
  console.log(`client: ${clientLog.join(' | ')}`);
  wss.close(() => console.log('server closed'));
}

const wss = new WebSocketServer({ port: 0, host: '127.0.0.1' }, () => {
  const ws = new WebSocket(`ws://127.0.0.1:${wss.address().port}/chat?room=1`);
  ws.on('open', () => {
    clientLog.push(`open ${ws.protocol === '' ? 'no protocol' : ws.protocol}`);
    ws.send('hello');
    ws.send(Buffer.from([1, 2, 3]));
  });
  ws.on('message', (data, isBinary) => {
    clientLog.push(`got ${isBinary ? 'binary' : 'text'} ${data}`);
    if (`${data}` === 'bye') ws.close(1000, 'done');
  });
  ws.on('close', (code, reason) => {
    clientLog.push(`close ${code} ${reason}`);
    sideClosed();
  });
});

wss.on('connection', (socket, req) => {
  serverLog.push(`connection ${req.url} ${req.headers.upgrade}`);
  let count = 0;
  socket.on('message', (data, isBinary) => {
    serverLog.push(`got ${isBinary ? `binary [${[...data]}]` : `text ${data}`}`);
    socket.send(`echo ${count++}`);
    if (count === 2) socket.send('bye');
  });
  socket.on('close', (code, reason) => {
    serverLog.push(`close ${code} ${reason}`);
    sideClosed();
  });
});

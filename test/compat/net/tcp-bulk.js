// 8 MiB through a TCP connection: write() reports backpressure, 'drain' follows, and every byte arrives in
// order; pausing the reader stops the flow until it resumes.
'use strict';
const net = require('net');

const size = 8 * 1024 * 1024;
const payload = Buffer.alloc(size);
for (let i = 0; i < size; i++) payload[i] = (i * 7) & 0xff;

const server = net.createServer((socket) => {
  const chunks = [];
  let paused = false;
  socket.on('data', (chunk) => {
    chunks.push(chunk);
    if (!paused && chunks.length === 3) {
      paused = true;
      socket.pause();
      setTimeout(() => socket.resume(), 50);
    }
  });
  socket.on('end', () => {
    const all = Buffer.concat(chunks);
    console.log('received', all.length, 'bytes; identical:', all.equals(payload), '; paused once:', paused);
    socket.end();
  });
});
server.listen(0, '127.0.0.1', () => {
  const client = net.connect(server.address().port, '127.0.0.1');
  let drains = 0;
  client.on('drain', () => drains++);
  client.on('connect', () => {
    let offset = 0;
    const step = 64 * 1024;
    let sawBackpressure = false;
    (function writeMore() {
      while (offset < size) {
        const ok = client.write(payload.subarray(offset, offset + step));
        offset += step;
        if (!ok) {
          sawBackpressure = true;
          client.once('drain', writeMore);
          return;
        }
      }
      client.end(() => console.log('client: all written; backpressure seen:', sawBackpressure, '; drains > 0:', drains > 0));
    })();
  });
  client.on('close', () => server.close(() => console.log('done')));
  client.resume();
});

// A large response body streams: while nobody reads it, the server's writes stop being accepted (backpressure
// reaches the socket), and reading then gets every byte in order; cancelling a body closes the connection.
const http = require('http');

const total = 24 * 1024 * 1024;
const piece = Buffer.alloc(64 * 1024);
let written = 0;
let blocked = false;
let settle;
// Resolves when the server first has to wait for the client, or has written everything.
const serverWaited = new Promise((resolve) => {
  settle = resolve;
});

const server = http.createServer((req, res) => {
  if (req.url === '/endless') {
    res.writeHead(200);
    const timer = setInterval(() => res.write('tick'), 5);
    res.on('close', () => {
      clearInterval(timer);
      console.log('server saw the cancel');
    });
    return;
  }
  res.writeHead(200, { 'Content-Length': total });
  const pump = () => {
    while (written < total) {
      for (let i = 0; i < piece.length; i += 4096) piece.fill((written + i) / 4096 & 0xff, i, i + 4096);
      written += piece.length;
      if (!res.write(piece)) {
        blocked = true;
        settle();
        return res.once('drain', pump);
      }
    }
    res.end();
    settle();
  };
  pump();
});

server.listen(0, '127.0.0.1', async () => {
  const base = `http://127.0.0.1:${server.address().port}`;
  const response = await fetch(`${base}/big`);
  await serverWaited;
  console.log('while unread: blocked', blocked, 'all written', written >= total);
  let received = 0;
  let inOrder = true;
  for await (const chunk of response.body) {
    for (let i = 0; i < chunk.length; i += 4096) {
      const at = received + i;
      if (at % 4096 === 0 && chunk[i] !== ((at / 4096) & 0xff)) inOrder = false;
    }
    received += chunk.length;
  }
  console.log('received', received === total, 'in order', inOrder, 'bodyUsed', response.bodyUsed);

  const endless = await fetch(`${base}/endless`);
  const reader = endless.body.getReader();
  const { value } = await reader.read();
  console.log('first tick', new TextDecoder().decode(value).slice(0, 4));
  await reader.cancel('enough');
  console.log('cancelled');
  setTimeout(() => server.close(() => console.log('closed')), 100);
});

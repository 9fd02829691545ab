// How fetch uses connections: sequential requests reuse one keep-alive connection, concurrent ones run in
// parallel, a cloned network response gives both readers the whole body, and an unread body does not keep the
// process from exiting once the rest is done.
const http = require('http');

let connections = 0;
const server = http.createServer((req, res) => {
  if (req.url.startsWith('/slow')) {
    setTimeout(() => res.end(`slow ${req.url}`), 100);
    return;
  }
  res.end(`body of ${req.url}`);
});
server.on('connection', () => connections++);

server.listen(0, '127.0.0.1', async () => {
  const base = `http://127.0.0.1:${server.address().port}`;
  for (let i = 0; i < 5; i++) await (await fetch(`${base}/seq${i}`)).text();
  // undici happens to open a second connection here (the first is not idle yet when the next request goes);
  // what matters is that connections are kept and reused.
  console.log('sequential: reused connections', connections < 5);

  const texts = await Promise.all([1, 2, 3].map(async (i) => (await fetch(`${base}/slow${i}`)).text()));
  console.log('concurrent', texts);

  const response = await fetch(`${base}/cloned`);
  const copy = response.clone();
  console.log('clone', await copy.text(), '|', await response.text());

  const unread = await fetch(`${base}/unread`);
  console.log('unread status', unread.status, unread.bodyUsed);
  server.close(() => console.log('server closed'));
  server.closeIdleConnections();
});

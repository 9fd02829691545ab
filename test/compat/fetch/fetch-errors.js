// Network failures as undici reports them: TypeError "fetch failed" whose cause is the system error
// (ECONNREFUSED) or undici's reason (bad port, unknown scheme), invalid URLs rejected with the Request's
// TypeError, and a connection closed in the middle of a body ("terminated").
const http = require('http');
const net = require('net');

const describe = (err) => `${err.name}: ${err.message}` + (err.cause ? ` <- ${err.cause.name}: ${err.cause.message
  .replace(/:\d+$/, ':PORT')} ${err.cause.code ?? ''} ${err.cause.syscall ?? ''}` : '');

const closed = net.createServer();
closed.listen(0, '127.0.0.1', () => {
  const freePort = closed.address().port;
  closed.close(async () => {
    await fetch(`http://127.0.0.1:${freePort}/`).catch((err) => console.log('refused', describe(err),
      err.cause.errno, err.cause.address, err.cause.port === freePort));
    for (const url of ['http://127.0.0.1:1/', 'http://127.0.0.1:6000/', 'ftp://a.test/', 'file:///etc/hostname',
      'about:blank', 'ws://a.test/', '/relative', 'http://[::1', 'nota url']) {
      await fetch(url).then((r) => console.log(url, 'resolved', r.status), (err) => console.log(url, describe(err)));
    }
    await fetch().catch((err) => console.log('no arguments', describe(err)));
    await fetch('http://a.test/', { method: 'GET', body: 'x' }).catch((err) => console.log('GET body', describe(err)));
    const promise = fetch('http://a.test/', { method: 'bad method' });
    console.log('returns a promise', promise instanceof Promise);
    await promise.catch((err) => console.log('bad method', describe(err)));

    const server = http.createServer((req, res) => {
      if (req.url === '/cut') {
        res.writeHead(200, { 'Content-Length': '100' });
        res.write('only part');
        setTimeout(() => res.socket.destroy(), 50);
        return;
      }
      req.socket.destroy();
    });
    server.listen(0, '127.0.0.1', async () => {
      const base = `http://127.0.0.1:${server.address().port}`;
      await fetch(`${base}/hangup`).catch((err) => console.log('hang up', err.name, err.message, err.cause?.code));
      const response = await fetch(`${base}/cut`);
      console.log('headers arrived', response.status);
      await response.text().catch((err) => console.log('cut body', describe(err)));
      server.close(() => console.log('closed'));
    });
  });
});

// Upgrades and CONNECT: the server's 'upgrade'/'connect' events with the raw socket and the bytes after the head,
// the client's 'upgrade'/'connect' events, and an upgrade request nobody takes (answered as a plain request).
const http = require('http');
const net = require('net');

const server = http.createServer((req, res) => res.end(`plain ${req.url} upgrade=${req.upgrade}`));
server.on('upgrade', (req, socket, head) => {
  console.log('server upgrade', req.url, req.headers.upgrade, JSON.stringify(head.toString()), req.complete);
  socket.write('HTTP/1.1 101 Switching Protocols\r\nUpgrade: echo\r\nConnection: Upgrade\r\n\r\nwelcome;');
  socket.on('data', (d) => socket.write(`echo:${d}`));
  socket.on('end', () => socket.end());
});
server.on('connect', (req, socket, head) => {
  console.log('server connect', req.url, req.method, JSON.stringify(head.toString()));
  socket.end('HTTP/1.1 200 Connection Established\r\n\r\ntunnel');
});

server.listen(0, '127.0.0.1', async () => {
  const port = server.address().port;
  await new Promise((resolve) => {
    const req = http.request({ host: '127.0.0.1', port, path: '/ws', headers: { Connection: 'Upgrade', Upgrade: 'echo' } });
    req.on('upgrade', (res, socket, head) => {
      console.log('client upgrade', res.statusCode, res.headers.upgrade, JSON.stringify(head.toString()));
      let got = '';
      socket.on('data', (d) => {
        got += d;
        if (got.endsWith('ping')) socket.end();
      });
      socket.on('close', () => {
        console.log('client got', JSON.stringify(got));
        resolve();
      });
      socket.write('ping');
    });
    req.end();
  });
  await new Promise((resolve) => {
    const req = http.request({ host: '127.0.0.1', port, method: 'CONNECT', path: 'example.com:443' });
    req.on('connect', (res, socket, head) => {
      console.log('client connect', res.statusCode, res.statusMessage, JSON.stringify(head.toString()));
      socket.resume();
      socket.on('close', resolve);
    });
    req.end();
  });
  server.removeAllListeners('upgrade');
  await new Promise((resolve) => {
    const socket = net.connect(port, '127.0.0.1', () => {
      socket.write('GET /nobody HTTP/1.1\r\nHost: h\r\nConnection: Upgrade\r\nUpgrade: foo\r\n\r\nextra');
    });
    let out = '';
    socket.on('data', (d) => { out += d; });
    socket.on('close', () => {
      console.log('no listener', JSON.stringify(out.replace(/Date: [^\r]*\r\n/, '')));
      resolve();
    });
  });
  server.close(() => console.log('closed'));
});

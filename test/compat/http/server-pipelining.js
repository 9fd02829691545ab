// Several requests in one packet: each handler runs in order, responses leave in request order even when a later
// handler answers first, request bodies (Content-Length and chunked) reach the right request.
const http = require('http');
const net = require('net');

const seen = [];
const server = http.createServer((req, res) => {
  let body = '';
  req.setEncoding('utf8');
  req.on('data', (d) => { body += d; });
  req.on('end', () => {
    seen.push(`${req.method} ${req.url} ${JSON.stringify(body)} complete=${req.complete}`);
    const delay = req.url === '/slow' ? 30 : 0;
    setTimeout(() => res.end(`${req.url}:${body.length}`), delay);
  });
});

server.listen(0, '127.0.0.1', () => {
  const socket = net.connect(server.address().port, '127.0.0.1', () => {
    socket.write('GET /slow HTTP/1.1\r\nHost: h\r\n\r\n' +
      'POST /cl HTTP/1.1\r\nHost: h\r\nContent-Length: 5\r\n\r\nhello' +
      'POST /chunked HTTP/1.1\r\nHost: h\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nabc\r\n2;ext=1\r\nde\r\n0\r\n\r\n');
    // The last request arrives in pieces.
    setTimeout(() => socket.write('PUT /split HTTP/1.1\r\nHo'), 10);
    setTimeout(() => socket.write('st: h\r\nContent-Length: 3\r\n\r\nx'), 20);
    setTimeout(() => socket.write('yz'), 30);
  });
  let out = '';
  socket.setEncoding('latin1');
  socket.on('data', (d) => {
    out += d;
    if (out.endsWith('/split:3')) socket.end();
  });
  socket.on('close', () => {
    console.log(seen.join('\n'));
    console.log(out.replace(/Date: [^\r]*\r\n/g, '').split('\r\n').join('|'));
    server.close(() => console.log('closed'));
  });
});

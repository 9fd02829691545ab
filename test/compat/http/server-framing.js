// The bytes a server writes for each way of ending a response: Content-Length from end(data), chunked after
// write(), HEAD, 204/304, writeHead with arrays and objects, Set-Cookie and cookie arrays, trailers,
// flushHeaders, Connection: close, and HTTP/1.0 clients. The Date field is masked.
const http = require('http');
const net = require('net');

const server = http.createServer((req, res) => {
  switch (req.url) {
    case '/end': res.end('hello'); break;
    case '/empty': res.end(); break;
    case '/write': res.setHeader('X-Foo', 'bar'); res.write('x'); res.end('yz'); break;
    case '/head': res.end('body'); break;
    case '/204': res.statusCode = 204; res.end('ignored'); break;
    case '/304': res.writeHead(304); res.end(); break;
    case '/array': res.writeHead(200, ['A', '1', 'a', '2']); res.end('z'); break;
    case '/object': res.setHeader('X-Set', 'first'); res.writeHead(201, 'Made', { 'Content-Type': 'text/plain' }); res.end('ok'); break;
    case '/cookies': res.setHeader('Set-Cookie', ['a=1', 'b=2']); res.setHeader('cookie', ['c', 'd']); res.end(); break;
    case '/trailers': res.setHeader('Trailer', 'X-T'); res.write('a'); res.addTrailers({ 'X-T': 'v' }); res.end(); break;
    case '/flush': res.flushHeaders(); res.end(); break;
    case '/close': res.setHeader('Connection', 'close'); res.end('c'); break;
    default: res.statusCode = 404; res.end('nope');
  }
});

const requests = [
  'GET /end HTTP/1.1\r\nHost: h\r\n\r\n',
  'GET /empty HTTP/1.1\r\nHost: h\r\n\r\n',
  'GET /write HTTP/1.1\r\nHost: h\r\n\r\n',
  'HEAD /head HTTP/1.1\r\nHost: h\r\n\r\n',
  'GET /204 HTTP/1.1\r\nHost: h\r\n\r\n',
  'GET /304 HTTP/1.1\r\nHost: h\r\n\r\n',
  'GET /array HTTP/1.1\r\nHost: h\r\n\r\n',
  'GET /object HTTP/1.1\r\nHost: h\r\n\r\n',
  'GET /cookies HTTP/1.1\r\nHost: h\r\n\r\n',
  'GET /trailers HTTP/1.1\r\nHost: h\r\n\r\n',
  'GET /flush HTTP/1.1\r\nHost: h\r\n\r\n',
  'GET /close HTTP/1.1\r\nHost: h\r\n\r\n',
];

function exchange(port, text) {
  return new Promise((resolve) => {
    const socket = net.connect(port, '127.0.0.1', () => socket.end(text));
    let out = '';
    socket.setEncoding('latin1');
    socket.on('data', (d) => { out += d; });
    socket.on('close', () => resolve(out));
  });
}

server.listen(0, '127.0.0.1', async () => {
  const { port } = server.address();
  const show = (text) => console.log(text.replace(/Date: [^\r]*\r\n/g, 'Date: <date>\r\n').split('\r\n').join('|'));
  for (const request of requests) show(await exchange(port, request));
  show(await exchange(port, 'GET /end HTTP/1.0\r\n\r\n'));
  show(await exchange(port, 'GET /write HTTP/1.0\r\n\r\n'));
  show(await exchange(port, 'GET /missing HTTP/1.0\r\nConnection: keep-alive\r\n\r\n'));
  show(await exchange(port, 'GET /end HTTP/1.1\r\n\r\n'));
  server.close(() => console.log('closed'));
});

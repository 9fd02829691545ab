// How an IncomingMessage folds repeated fields (set-cookie, cookie, single-valued, the rest), headersDistinct,
// rawHeaders, trailers and joinDuplicateHeaders; on the server and on the client.
const http = require('http');
const net = require('net');

const request = 'POST /x HTTP/1.1\r\nHost: h\r\nX-Multi: a\r\nx-multi: b\r\nCookie: c=1\r\ncookie: d=2\r\n' +
  'Content-Type: text/plain\r\ncontent-type: text/html\r\nSet-Cookie: s=1\r\nSET-COOKIE: s=2\r\nUser-Agent: one\r\n' +
  'user-agent: two\r\nAuthorization: first\r\nauthorization: second\r\nX-Empty:\r\nX-Space:   padded   \r\n' +
  'Transfer-Encoding: chunked\r\nTrailer: X-T\r\n\r\n2\r\nhi\r\n0\r\nX-T: t1\r\nx-t: t2\r\n\r\n';

let server;
function show(label, msg) {
  console.log(label, 'headers', JSON.stringify(msg.headers));
  console.log(label, 'distinct', JSON.stringify(msg.headersDistinct));
  console.log(label, 'raw', JSON.stringify(msg.rawHeaders));
  console.log(label, 'trailers before end', JSON.stringify(msg.trailers), JSON.stringify(msg.rawTrailers));
}

function serve(options) {
  return new Promise((resolve) => {
    server = http.createServer(options, (req, res) => {
      show(options.joinDuplicateHeaders ? 'joined' : 'server', req);
      req.resume();
      req.on('end', () => {
        console.log('trailers', JSON.stringify(req.trailers), JSON.stringify(req.trailersDistinct), JSON.stringify(req.rawTrailers));
        res.writeHead(200, [['Set-Cookie', 'r=1'], ['Set-Cookie', 'r=2'], ['X-Dup', '1'], ['x-dup', '2'], ['Age', '1'], ['age', '2']]);
        res.end();
      });
    });
    server.listen(0, '127.0.0.1', () => {
      const socket = net.connect(server.address().port, '127.0.0.1', () => socket.end(request));
      socket.resume();
      socket.on('close', () => server.close(resolve));
    });
  });
}

(async () => {
  await serve({});
  await serve({ joinDuplicateHeaders: true });
  server = http.createServer((req, res) => {
    res.writeHead(200, [['Set-Cookie', 'r=1'], ['Set-Cookie', 'r=2'], ['X-Dup', '1'], ['x-dup', '2'], ['Age', '1'], ['age', '2'], ['Connection', 'close']]);
    res.end();
  });
  server.listen(0, '127.0.0.1', () => {
    http.get({ host: '127.0.0.1', port: server.address().port }, (res) => {
      delete res.headers.date;
      console.log('client headers', JSON.stringify(res.headers));
      delete res.headersDistinct.date;
      console.log('client distinct', JSON.stringify(res.headersDistinct));
      res.resume();
      res.on('end', () => server.close(() => console.log('done')));
    });
  });
})();

// Requests the parser refuses: Node's default answers (400, 431) and the 'clientError' event's error (code, message,
// bytesParsed, rawPacket), and a server that keeps serving other clients afterwards.
const http = require('http');
const net = require('net');

const big = 'a'.repeat(20000);
const cases = [
  ['bad method', 'BAD\r\n\r\n'],
  ['bad version', 'GET / HTTX/1.1\r\nHost: h\r\n\r\n'],
  ['space in header name', 'GET / HTTP/1.1\r\nHost: h\r\nBad Name: x\r\n\r\n'],
  ['CL and TE', 'POST / HTTP/1.1\r\nHost: h\r\nContent-Length: 1\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n'],
  ['bad content length', 'POST / HTTP/1.1\r\nHost: h\r\nContent-Length: abc\r\n\r\n'],
  ['two content lengths', 'POST / HTTP/1.1\r\nHost: h\r\nContent-Length: 1\r\nContent-Length: 2\r\n\r\nab'],
  ['bad chunk size', 'POST / HTTP/1.1\r\nHost: h\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n'],
  ['header too large', `GET / HTTP/1.1\r\nHost: h\r\nX: ${big}\r\n\r\n`],
  ['folded header', 'GET / HTTP/1.1\r\nHost: h\r\nX: a\r\n b\r\n\r\n'],
  ['control in value', 'GET / HTTP/1.1\r\nHost: h\r\nX: a\u0001b\r\n\r\n'],
];

function exchange(port, text) {
  return new Promise((resolve) => {
    const socket = net.connect(port, '127.0.0.1', () => socket.write(text));
    let out = '';
    socket.on('data', (d) => { out += d; });
    socket.on('error', () => {});
    socket.on('close', () => resolve(out.replace(/Date: [^\r]*\r\n/g, '')));
  });
}

const plain = http.createServer((req, res) => res.end('fine'));
const listening = http.createServer((req, res) => res.end('fine'));
listening.on('clientError', (err, socket) => {
  // Where a big request is cut into reads depends on the kernel: only small ones show exact offsets.
  const exact = err.code !== 'HPE_HEADER_OVERFLOW';
  console.log('  clientError', err.code, JSON.stringify(err.message), exact ? err.bytesParsed : err.bytesParsed > 0,
    Buffer.isBuffer(err.rawPacket) ? (exact ? err.rawPacket.length : 'buffer') : err.rawPacket);
  socket.end('HTTP/1.1 400 Custom\r\n\r\n');
});

plain.listen(0, '127.0.0.1', () => listening.listen(0, '127.0.0.1', async () => {
  for (const [label, text] of cases) {
    console.log(label, JSON.stringify(await exchange(plain.address().port, text)));
    console.log(label, JSON.stringify(await exchange(listening.address().port, text)));
  }
  console.log('still serving', JSON.stringify((await exchange(plain.address().port, 'GET / HTTP/1.1\r\nHost: h\r\nConnection: close\r\n\r\n')).replace(/Date: [^\r]*\r\n/, '')));
  plain.close();
  listening.close(() => console.log('closed'));
}));

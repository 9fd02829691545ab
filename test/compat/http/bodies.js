// Bodies of every size and kind: a 3 MB upload and download (chunked and with Content-Length), binary bytes, a
// paused request resumed later (backpressure), pipe() of a request into the response, and empty bodies.
const http = require('http');

const big = Buffer.alloc(3 * 1024 * 1024);
for (let i = 0; i < big.length; i++) big[i] = (i * 7 + (i >> 8)) & 0xff;
const digest = (b) => { let h = 0; for (let i = 0; i < b.length; i++) h = (h * 31 + b[i]) >>> 0; return h; };

const server = http.createServer((req, res) => {
  if (req.url === '/echo') return req.pipe(res);
  if (req.url === '/download') {
    res.setHeader('Content-Length', big.length);
    let at = 0;
    const pump = () => {
      while (at < big.length) {
        const piece = big.subarray(at, at + 65536);
        at += piece.length;
        if (!res.write(piece)) return res.once('drain', pump);
      }
      res.end();
    };
    return pump();
  }
  if (req.url === '/paused') {
    req.pause();
    return setTimeout(() => {
      const parts = [];
      req.on('data', (d) => parts.push(d));
      req.on('end', () => res.end(`paused got ${Buffer.concat(parts).length} ${digest(Buffer.concat(parts))}`));
      req.resume();
    }, 50);
  }
  const parts = [];
  req.on('data', (d) => parts.push(d));
  req.on('end', () => {
    const body = Buffer.concat(parts);
    res.end(`${req.method} ${req.headers['transfer-encoding'] ?? 'cl=' + req.headers['content-length']} ${body.length} ${digest(body)}`);
  });
});

function send(path, method, body, headers = {}) {
  return new Promise((resolve) => {
    const req = http.request({ host: '127.0.0.1', port: server.address().port, path, method, headers }, (res) => {
      const parts = [];
      res.on('data', (d) => parts.push(d));
      res.on('end', () => {
        const got = Buffer.concat(parts);
        resolve(got.length > 200 ? `${got.length} bytes ${digest(got)}` : got.toString());
      });
    });
    if (body !== undefined) {
      for (let at = 0; at < body.length; at += 100000) req.write(body.subarray(at, at + 100000));
    }
    req.end();
  });
}

server.listen(0, '127.0.0.1', async () => {
  console.log('expected', big.length, digest(big));
  console.log('upload chunked', await send('/up', 'POST', big));
  console.log('upload with length', await send('/up', 'PUT', big, { 'Content-Length': big.length }));
  console.log('download', await send('/download', 'GET'));
  console.log('echo', await send('/echo', 'POST', big));
  console.log('paused', await send('/paused', 'POST', big.subarray(0, 500000)));
  console.log('empty post', await send('/up', 'POST', Buffer.alloc(0)));
  console.log('binary', await send('/up', 'POST', Buffer.from([0, 1, 2, 255, 254, 13, 10, 13, 10])));
  console.log('utf8', await send('/echo', 'POST', Buffer.from('héllo wörld ✓')));
  server.close(() => console.log('closed'));
});

// Content-Encoding: gzip, x-gzip, deflate (zlib-wrapped or raw) and stacked codings are decoded (headers left as sent), unknown
// codings pass through, HEAD and 204 carry no body, and a corrupt gzip body errors the stream.
const http = require('http');
const zlib = require('zlib');

const text = 'decoded text '.repeat(50);
const bodies = {
  '/gzip': ['gzip', zlib.gzipSync(text)],
  '/x-gzip': ['x-gzip', zlib.gzipSync(text)],
  '/deflate': ['deflate', zlib.deflateSync(text)],
  '/raw-deflate': ['deflate', zlib.deflateRawSync(text)],
  '/GZIP': ['GZIP', zlib.gzipSync(text)],
  '/stacked': ['deflate, gzip', zlib.gzipSync(zlib.deflateSync(text))],
  '/unknown': ['compress-me', Buffer.from('raw bytes')],
  '/identity': ['identity', Buffer.from('identity bytes')],
  '/corrupt': ['gzip', Buffer.from('definitely not gzip')],
};

const server = http.createServer((req, res) => {
  if (req.url === '/accept') return res.end(req.headers['accept-encoding']);
  const [coding, body] = bodies[req.url];
  res.writeHead(200, { 'Content-Encoding': coding, 'Content-Length': body.length });
  res.end(req.method === 'HEAD' ? undefined : body);
});

server.listen(0, '127.0.0.1', async () => {
  const base = `http://127.0.0.1:${server.address().port}`;
  console.log('accept-encoding', await (await fetch(`${base}/accept`)).text());
  for (const path of ['/gzip', '/x-gzip', '/deflate', '/raw-deflate', '/GZIP', '/stacked', '/unknown', '/identity']) {
    const response = await fetch(`${base}${path}`);
    const body = await response.text();
    console.log(path, response.headers.get('content-encoding'), response.headers.get('content-length') !== null,
      body === text ? 'decoded' : JSON.stringify(body));
  }
  const head = await fetch(`${base}/gzip`, { method: 'HEAD' });
  console.log('HEAD', head.status, head.body);
  const corrupt = await fetch(`${base}/corrupt`);
  await corrupt.text().then(
    (body) => console.log('corrupt resolved', body.length),
    (err) => console.log('corrupt', err.name, err.message, err.code));
  server.close(() => console.log('closed'));
});

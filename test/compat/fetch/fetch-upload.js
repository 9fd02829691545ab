// Request bodies over the network: every body kind, its Content-Type and Content-Length or chunked framing as
// undici sends them, and a caller's Content-Type winning.
const http = require('http');

const server = http.createServer((req, res) => {
  const parts = [];
  req.on('data', (d) => parts.push(d));
  req.on('end', () => {
    const body = Buffer.concat(parts).toString('latin1').replace(/formdata-undici-\d+/g, 'formdata-undici-N');
    res.end(JSON.stringify({
      method: req.method,
      type: (req.headers['content-type'] ?? '(none)').replace(/formdata-undici-\d+/g, 'formdata-undici-N'),
      framing: req.headers['transfer-encoding'] ?? `length ${req.headers['content-length']}`,
      body,
    }));
  });
});

const encoder = new TextEncoder();
const form = new FormData();
form.append('field', 'value');
form.append('file', new Blob(['content'], { type: 'text/plain' }), 'f.txt');

server.listen(0, '127.0.0.1', async () => {
  const url = `http://127.0.0.1:${server.address().port}/`;
  const send = async (label, init) => console.log(label, await (await fetch(url, { method: 'POST', ...init })).text());
  await send('string', { body: 'héllo' });
  await send('Uint8Array', { body: new Uint8Array([104, 105]) });
  await send('ArrayBuffer', { body: new Uint8Array([65, 66]).buffer });
  await send('DataView', { body: new DataView(new Uint8Array([1, 67, 68]).buffer, 1) });
  await send('Buffer', { body: Buffer.from('buf') });
  await send('Blob', { body: new Blob(['bl', 'ob'], { type: 'application/x-thing' }) });
  await send('URLSearchParams', { body: new URLSearchParams({ a: '1', b: 'x y' }) });
  await send('FormData', { body: form });
  await send('empty string', { body: '' });
  await send('caller type', { body: 'x', headers: { 'Content-Type': 'text/custom' } });
  await send('ReadableStream', {
    method: 'PUT',
    duplex: 'half',
    body: new ReadableStream({
      start(c) {
        c.enqueue(encoder.encode('stream-'));
        c.enqueue(encoder.encode('chunks'));
        c.close();
      },
    }),
  });
  async function* generate() {
    yield 'async-';
    yield encoder.encode('iterable');
  }
  await send('async iterable', { body: generate(), duplex: 'half' });
  const request = new Request(url, { method: 'POST', body: 'from request' });
  console.log('Request object', await (await fetch(request)).text(), request.bodyUsed);
  try {
    await fetch(request);
  } catch (err) {
    console.log('reused request', err.name, err.message);
  }
  server.close(() => console.log('closed'));
});

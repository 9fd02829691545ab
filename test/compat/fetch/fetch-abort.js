// AbortSignal and fetch: already aborted (default and custom reasons), aborted while waiting for the response,
// aborted in the middle of the body (the body stream errors), AbortSignal.timeout, and abort after the body
// ended changing nothing.
const http = require('http');

const server = http.createServer((req, res) => {
  if (req.url === '/hang') return; // never answers
  if (req.url === '/partial') {
    res.writeHead(200, { 'Content-Type': 'text/plain' });
    res.write('first part;');
    return; // the rest never comes
  }
  res.end('complete');
});

const describe = (err) => (err instanceof DOMException ? `DOMException ${err.name} ${err.message} ${err.code}` :
  `${err?.name} ${err?.message ?? err}`);

server.listen(0, '127.0.0.1', async () => {
  const base = `http://127.0.0.1:${server.address().port}`;
  await fetch(`${base}/`, { signal: AbortSignal.abort() }).catch((err) => console.log('pre-aborted', describe(err)));
  await fetch(`${base}/`, { signal: AbortSignal.abort('why') }).catch((err) => console.log('string reason', err));
  await fetch(`${base}/`, { signal: AbortSignal.abort(new RangeError('custom')) })
    .catch((err) => console.log('error reason', describe(err)));
  await fetch(new Request(`${base}/`, { signal: AbortSignal.abort() }))
    .catch((err) => console.log('request signal', describe(err)));

  const waiting = new AbortController();
  const pending = fetch(`${base}/hang`, { signal: waiting.signal });
  setTimeout(() => waiting.abort(), 50);
  await pending.catch((err) => console.log('while waiting', describe(err)));

  await fetch(`${base}/hang`, { signal: AbortSignal.timeout(50) })
    .catch((err) => console.log('timeout', describe(err)));

  const midBody = new AbortController();
  const response = await fetch(`${base}/partial`, { signal: midBody.signal });
  const reader = response.body.getReader();
  const first = await reader.read();
  console.log('first chunk', new TextDecoder().decode(first.value));
  midBody.abort();
  await reader.read().catch((err) => console.log('mid body', describe(err)));
  console.log('signal reason kept', describe(midBody.signal.reason));

  const textAbort = new AbortController();
  const partial = await fetch(`${base}/partial`, { signal: textAbort.signal });
  const text = partial.text();
  setTimeout(() => textAbort.abort(new Error('stop reading')), 50);
  await text.catch((err) => console.log('text() aborted', describe(err)));

  const after = new AbortController();
  const done = await fetch(`${base}/`, { signal: after.signal });
  console.log('done', await done.text());
  after.abort();
  console.log('abort after end', done.bodyUsed);
  server.closeAllConnections();
  server.close(() => console.log('closed'));
});

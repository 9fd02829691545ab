// fetch() against a local server: the request line and headers undici sends (defaults, the caller's names and
// case, dropped connection headers), and the Response's status, statusText, headers, url, type and body.
const http = require('http');

const server = http.createServer((req, res) => {
  const seen = { method: req.method, url: req.url, version: req.httpVersion, headers: [] };
  for (let i = 0; i < req.rawHeaders.length; i += 2) {
    const name = req.rawHeaders[i];
    seen.headers.push(`${name}: ${name.toLowerCase() === 'host' ? '(host)' : req.rawHeaders[i + 1]}`);
  }
  if (req.url.startsWith('/status')) {
    res.writeHead(418, 'Short And Stout', { 'X-Multi': ['a', 'b'], 'Set-Cookie': ['c=1', 'd=2'] });
    return res.end('teapot');
  }
  if (req.url === '/empty') {
    res.writeHead(204);
    return res.end();
  }
  res.setHeader('Content-Type', 'application/json');
  res.end(JSON.stringify(seen));
});

server.listen(0, '127.0.0.1', async () => {
  const base = `http://127.0.0.1:${server.address().port}`;
  const first = await fetch(`${base}/path?q=1#frag`);
  console.log('status', first.status, first.statusText, first.ok, first.type, first.redirected);
  console.log('url', first.url.replace(base, 'BASE'));
  console.log('headers', first.headers.get('content-type'), first.headers.get('content-length'), first.headers.has('date'));
  console.log('sent', await first.json());

  const custom = await fetch(`${base}/custom`, {
    headers: { 'X-Custom': 'yes', Accept: 'text/html', 'User-Agent': 'mine', Host: 'ignored.test',
      Connection: 'close', 'Content-Length': '99', TE: 'trailers' },
  });
  console.log('custom sent', (await custom.json()).headers);

  for (const [name, value] of [['Keep-Alive', 'timeout=1'], ['Transfer-Encoding', 'chunked'], ['Upgrade', 'x'],
    ['Expect', '100-continue']]) {
    try {
      await fetch(`${base}/refused`, { headers: { [name]: value } });
    } catch (err) {
      console.log('refused', name, err.message, err.cause.name, err.cause.message, err.cause.code);
    }
  }

  const withHeadersObject = await fetch(new Request(`${base}/from-request`, { headers: [['X-Z', '1'], ['x-a', '2']] }));
  console.log('request object', (await withHeadersObject.json()).headers);

  const status = await fetch(`${base}/status`);
  console.log('status', status.status, status.statusText, status.ok);
  console.log('multi', status.headers.get('x-multi'), status.headers.getSetCookie());
  console.log('body', await status.text());
  try {
    status.headers.set('x', 'y');
  } catch (err) {
    console.log('immutable', err.name, err.message);
  }

  const empty = await fetch(`${base}/empty`);
  console.log('204', empty.status, empty.body, await empty.text());

  const head = await fetch(`${base}/head`, { method: 'HEAD' });
  console.log('HEAD', head.status, head.body, head.headers.get('content-type'));

  for (const method of ['DELETE', 'OPTIONS', 'PATCH', 'put']) {
    const response = await fetch(`${base}/m`, { method });
    const sent = await response.json();
    console.log(method, sent.method, sent.headers.filter((h) => h.startsWith('content-length')));
  }
  const post = await fetch(`${base}/p`, { method: 'POST' });
  console.log('POST no body', (await post.json()).headers.filter((h) => h.startsWith('content-')));
  console.log('keepalive', (await (await fetch(`${base}/k`, { keepalive: true })).json()).headers.length);
  server.close(() => console.log('closed'));
});

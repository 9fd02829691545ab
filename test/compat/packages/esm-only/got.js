// got 14 (ESM-only; its http2-wrapper makes a tls.TLSSocket over a PassThrough when it loads) against a local
// server: JSON both ways, headers, search params, redirects, an HTTP error, retries off, a stream, hooks.
import http from 'node:http';
import got, { HTTPError } from 'got';

let hits = 0;
const server = http.createServer((req, res) => {
  hits++;
  let body = '';
  req.on('data', (chunk) => { body += chunk; });
  req.on('end', () => {
    const url = new URL(req.url, 'http://x');
    if (url.pathname === '/json') {
      res.setHeader('content-type', 'application/json');
      res.end(JSON.stringify({ method: req.method, body, q: url.searchParams.get('q'), agent: req.headers['user-agent'],
        custom: req.headers['x-custom'] ?? null }));
    } else if (url.pathname === '/redirect') {
      res.writeHead(302, { location: '/json?q=redirected' }).end();
    } else if (url.pathname === '/text') {
      res.end('line one\nline two\n');
    } else {
      res.writeHead(500).end('broken');
    }
  });
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const client = got.extend({ prefixUrl: `http://127.0.0.1:${server.address().port}`, retry: { limit: 0 } });

console.log(await client('json', { searchParams: { q: 'a b' } }).json());
console.log(await client.post('json', { json: { x: 1 }, headers: { 'x-custom': 'yes' } }).json());
const redirected = await client('redirect');
console.log(redirected.statusCode, redirected.redirectUrls.map((u) => u.pathname), JSON.parse(redirected.body).q);
try {
  await client('missing');
} catch (err) {
  console.log(err instanceof HTTPError, err.code, err.response.statusCode, err.response.body,
    err.message.replace(/:\d+/, ':PORT'));
}
let streamed = '';
for await (const chunk of client.stream('text')) streamed += chunk;
console.log(JSON.stringify(streamed));
const seen = [];
await client('text', { hooks: { beforeRequest: [(options) => { seen.push(options.method); }],
  afterResponse: [(response) => { seen.push(response.statusCode); return response; }] } });
console.log(seen, hits);
server.close();

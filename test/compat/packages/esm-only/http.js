// node-fetch 3 (ESM-only) against a local server.
import http from 'node:http';
import fetch, { Headers, Response } from 'node-fetch';

const server = http.createServer((req, res) => {
  let body = '';
  req.on('data', (chunk) => { body += chunk; });
  req.on('end', () => {
    if (req.url === '/json') {
      res.setHeader('content-type', 'application/json');
      res.end(JSON.stringify({ method: req.method, body, agent: req.headers['user-agent'].split('/')[0] }));
    } else if (req.url === '/redirect') {
      res.statusCode = 302;
      res.setHeader('location', '/json');
      res.end();
    } else {
      res.statusCode = 404;
      res.end('nope');
    }
  });
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const base = `http://127.0.0.1:${server.address().port}`;

const r1 = await fetch(`${base}/json`, { method: 'POST', body: 'hello' });
console.log(r1.status, r1.headers.get('content-type'), await r1.json());
const r2 = await fetch(`${base}/redirect`);
console.log(r2.status, r2.redirected, new URL(r2.url).pathname);
const r3 = await fetch(`${base}/missing`);
console.log(r3.ok, r3.status, await r3.text(), new Headers({ a: '1' }).get('a'), new Response('x').status);

server.close();

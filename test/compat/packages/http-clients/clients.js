// axios, node-fetch 2, supertest and http-proxy unmodified against one local server: JSON bodies, redirects
// followed, error statuses, a proxy that adds a header on the way.
const http = require('http');
const axios = require('axios');
const fetch = require('node-fetch');
const request = require('supertest');
const httpProxy = require('http-proxy');

const server = http.createServer((req, res) => {
  let body = '';
  req.on('data', (chunk) => { body += chunk; });
  req.on('end', () => {
    if (req.url === '/missing') {
      res.writeHead(404, { 'content-type': 'application/json' });
      res.end('{"error":"nope"}');
    } else if (req.url === '/redirect') {
      res.writeHead(302, { location: '/json' });
      res.end();
    } else {
      res.writeHead(200, { 'content-type': 'application/json', 'x-via': req.headers['x-via'] ?? '-' });
      res.end(JSON.stringify({ method: req.method, url: req.url, body, agent: req.headers['user-agent']?.split('/')[0] }));
    }
  });
});

server.listen(0, '127.0.0.1', async () => {
  const base = `http://127.0.0.1:${server.address().port}`;
  const posted = await axios.post(`${base}/json?x=1`, { a: 1 });
  console.log('axios', posted.status, posted.data);
  const redirected = await axios.get(`${base}/redirect`);
  console.log('axios redirect', redirected.status, redirected.data.url);
  try {
    await axios.get(`${base}/missing`);
  } catch (err) {
    console.log('axios error', err.response.status, err.response.data, err.message);
  }
  const fetched = await fetch(`${base}/json`, { method: 'PUT', body: 'raw', headers: { 'user-agent': 'nf/1' } });
  console.log('node-fetch', fetched.status, fetched.headers.get('content-type'), await fetched.json());
  const tested = await request(server).get('/json?y=2').expect(200);
  console.log('supertest', tested.body);

  const proxy = httpProxy.createProxyServer({ target: base, headers: { 'x-via': 'proxy' } });
  const front = http.createServer((req, res) => proxy.web(req, res));
  await new Promise((resolve) => front.listen(0, '127.0.0.1', resolve));
  const proxied = await axios.get(`http://127.0.0.1:${front.address().port}/json?p=1`);
  console.log('http-proxy', proxied.status, proxied.headers['x-via'], proxied.data);
  front.close();
  proxy.close();
  server.close(() => console.log('closed'));
});

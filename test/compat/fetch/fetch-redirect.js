// Redirects: follow (method and body rules per status, Location relative and absolute, fragment kept, headers
// dropped across origins), manual, error, the 20-redirect limit, bad Location URLs and schemes.
const http = require('http');

const log = [];
const server = http.createServer((req, res) => {
  const parts = [];
  req.on('data', (d) => parts.push(d));
  req.on('end', () => {
    log.push(`${req.method} ${req.url} auth=${req.headers.authorization ?? '-'} type=${req.headers['content-type'] ?? '-'} body=${Buffer.concat(parts)}`);
    const [, status, rest] = /^\/(\d{3})(.*)$/.exec(req.url) ?? [];
    if (status) {
      res.writeHead(Number(status), { Location: rest.startsWith('/') || rest.startsWith('http') ? rest : `/dest${rest}` });
      return res.end('redirect body');
    }
    if (req.url === '/loop') {
      res.writeHead(302, { Location: '/loop' });
      return res.end();
    }
    if (req.url === '/no-location') {
      res.writeHead(302);
      return res.end('kept');
    }
    if (req.url === '/bad-url') {
      res.writeHead(302, { Location: 'http://[bad' });
      return res.end();
    }
    if (req.url === '/ftp') {
      res.writeHead(302, { Location: 'ftp://a.test/' });
      return res.end();
    }
    if (req.url === '/cross') {
      res.writeHead(302, { Location: `http://localhost:${server.address().port}/dest` });
      return res.end();
    }
    res.end(`arrived at ${req.url}`);
  });
});

server.listen(0, '127.0.0.1', async () => {
  const base = `http://127.0.0.1:${server.address().port}`;
  const show = async (label, path, init) => {
    log.length = 0;
    try {
      const response = await fetch(`${base}${path}`, init);
      console.log(label, response.status, response.redirected, response.url.replace(/:\d+\//, ':PORT/'),
        JSON.stringify(await response.text()), response.headers.get('location'));
    } catch (err) {
      console.log(label, err.name, err.message, err.cause?.name, err.cause?.message);
    }
    console.log('  server saw', log.length > 3 ? `${log.length} requests` : log.map((line) => line.replace(/:\d+\//, ':PORT/')));
  };
  const post = { method: 'POST', body: 'payload', headers: { Authorization: 'secret' } };
  for (const status of [301, 302, 303, 307, 308]) await show(`GET ${status}`, `/${status}`);
  for (const status of [301, 302, 303, 307, 308]) await show(`POST ${status}`, `/${status}`, post);
  await show('PUT 303', '/303', { method: 'PUT', body: 'x' });
  await show('HEAD 303', '/303', { method: 'HEAD' });
  await show('PUT 301', '/301', { method: 'PUT', body: 'kept' });
  await show('fragment', '/302#frag');
  await show('location fragment', '/302/other#loc');
  await show('absolute', `/307${base}/absolute`);
  await show('chain', '/302/301/303/dest');
  await show('cross origin', '/cross', { headers: { Authorization: 'secret' } });
  await show('manual', '/302', { redirect: 'manual' });
  await show('error', '/302', { redirect: 'error' });
  await show('no location', '/no-location');
  await show('loop', '/loop');
  await show('bad url', '/bad-url');
  await show('ftp', '/ftp');
  await show('stream body 307', '/307', {
    method: 'POST', duplex: 'half', body: new ReadableStream({ start(c) { c.enqueue(new Uint8Array([1])); c.close(); } }),
  });
  await show('stream body 303', '/303', {
    method: 'POST', duplex: 'half', body: new ReadableStream({ start(c) { c.enqueue(new Uint8Array([1])); c.close(); } }),
  });
  server.close(() => console.log('closed'));
});

// Client requests in each calling form against a local server: what the server receives (method, url, headers
// in order, body) and what the client sees (status, headers, body, event order).
const http = require('http');

const server = http.createServer((req, res) => {
  let body = '';
  req.setEncoding('utf8');
  req.on('data', (d) => { body += d; });
  req.on('end', () => {
    const raw = [];
    for (let i = 0; i < req.rawHeaders.length; i += 2) {
      const value = req.rawHeaders[i].toLowerCase() === 'host' ? req.rawHeaders[i + 1].replace(/:\d+$/, ':PORT') : req.rawHeaders[i + 1];
      raw.push(`${req.rawHeaders[i]}=${value}`);
    }
    console.log('server got', req.method, req.url, req.httpVersion, raw.join(' '), JSON.stringify(body));
    res.setHeader('X-Reply', 'yes');
    res.end(`${req.method} ${body.length}`);
  });
});

function go(label, makeRequest) {
  return new Promise((resolve) => {
    const events = [];
    const req = makeRequest((res) => {
      events.push(`response ${res.statusCode} ${res.statusMessage} ${res.httpVersion} ${res.headers['x-reply']} ${res.headers['content-length']}`);
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (d) => { text += d; });
      res.on('end', () => events.push(`end ${JSON.stringify(text)} complete=${res.complete}`));
      res.on('close', () => {
        events.push('res close');
        done();
      });
    });
    // When the request's 'close' comes relative to the response's depends on the connection's teardown.
    let closes = 0;
    const done = () => {
      if (++closes === 2) {
        console.log(label, events.join(' | '));
        resolve();
      }
    };
    req.on('socket', () => events.push('socket'));
    req.on('finish', () => events.push('finish'));
    req.on('close', done);
  });
}

server.listen(0, '127.0.0.1', async () => {
  const { port } = server.address();
  const base = `http://127.0.0.1:${port}`;
  await go('get string', (cb) => http.get(`${base}/a?x=1`, cb));
  await go('get URL', (cb) => http.get(new URL(`${base}/b#frag`), cb));
  await go('get options', (cb) => http.get({ host: '127.0.0.1', port, path: '/c', headers: { 'X-One': '1', 'x-two': ['a', 'b'] } }, cb));
  await go('url + options', (cb) => http.get(`${base}/d`, { headers: { Accept: 'text/plain' } }, cb));
  await go('post write+end', (cb) => {
    const req = http.request({ host: '127.0.0.1', port, path: '/e', method: 'post' }, cb);
    req.write('abc');
    req.end('def');
    return req;
  });
  await go('post end(data)', (cb) => {
    const req = http.request({ host: '127.0.0.1', port, path: '/f', method: 'POST', agent: false }, cb);
    req.end('xyz');
    return req;
  });
  await go('put empty', (cb) => http.request({ host: '127.0.0.1', port, path: '/g', method: 'PUT' }, cb).end());
  await go('auth and host', (cb) => http.get({ host: '127.0.0.1', port, path: '/h', auth: 'user:pass', headers: { Host: 'example' } }, cb));
  await go('headers array', (cb) => http.get({ host: '127.0.0.1', port, path: '/i', headers: ['X-A', '1', 'X-B', '2'], setHost: false }, cb));
  await go('head', (cb) => http.request({ host: '127.0.0.1', port, path: '/j', method: 'HEAD' }, cb).end());
  server.close(() => console.log('closed'));
});

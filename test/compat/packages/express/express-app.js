// express 4 unmodified: routing with params and query, JSON bodies, static files, 404, an error handler and
// middleware order, driven by node:http requests on loopback.
const http = require('http');
const path = require('path');
const express = require('express');

const app = express();
const log = [];
app.use((req, res, next) => {
  log.push(`${req.method} ${req.path}`);
  next();
});
app.use(express.json());
app.use('/static', express.static(path.join(__dirname, 'public')));
app.get('/users/:id', (req, res) => res.json({ id: req.params.id, q: req.query.q ?? null }));
app.post('/echo', (req, res) => res.status(201).json({ got: req.body, type: req.get('content-type') }));
app.get('/boom', () => {
  throw new Error('boom');
});
app.get('/redirect', (req, res) => res.redirect('/users/7'));
// Error handlers take four arguments.
app.use((err, req, res, next) => { // eslint-disable-line no-unused-vars
  res.status(err.status ?? 500).type('text').send(`caught ${err.type ?? ''} ${err.message}`);
});

function request(port, method, url, body) {
  return new Promise((resolve, reject) => {
    const headers = body === undefined ? {} : { 'content-type': 'application/json' };
    const req = http.request({ host: '127.0.0.1', port, method, path: url, headers }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (chunk) => { text += chunk; });
      res.on('end', () => resolve({ status: res.statusCode, type: res.headers['content-type'],
        location: res.headers.location, length: res.headers['content-length'], text }));
    });
    req.on('error', reject);
    req.end(body === undefined || typeof body === 'string' ? body : JSON.stringify(body));
  });
}

const server = app.listen(0, '127.0.0.1', async () => {
  const { port } = server.address();
  const show = (label, r) => console.log(label, r.status, r.type, r.location ?? '-', r.length ?? '-',
    JSON.stringify(r.text));
  show('params', await request(port, 'GET', '/users/42?q=x'));
  show('json body', await request(port, 'POST', '/echo', { a: [1, 2], b: 'é' }));
  show('no body', await request(port, 'POST', '/echo'));
  show('bad json', await request(port, 'POST', '/echo', '{"a":'));
  show('static', await request(port, 'GET', '/static/hello.txt'));
  show('not found', await request(port, 'GET', '/nope'));
  show('thrown', await request(port, 'GET', '/boom'));
  show('redirect', await request(port, 'GET', '/redirect'));
  console.log(log.join(', '));
  server.close(() => console.log('closed'));
});

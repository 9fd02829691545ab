// https end to end: a server with the test CA's certificate, requests with ca (trusted), without it (the
// verification error through the agent), with rejectUnauthorized: false, by URL and by options, a POST body,
// and keep-alive reuse of the TLS connection by the agent.
const https = require('https');
const F = require('../tls/fixtures');

const server = https.createServer({ key: F('server-key.pem'), cert: F('server.pem') }, (req, res) => {
  let body = '';
  req.setEncoding('utf8');
  req.on('data', (d) => { body += d; });
  req.on('end', () => {
    res.setHeader('content-type', 'text/plain');
    res.end(`${req.method} ${req.url} encrypted=${req.socket.encrypted} body=${body}`);
  });
});

function fetchText(label, ...args) {
  return new Promise((resolve) => {
    const req = https.request(...args, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (d) => { text += d; });
      res.on('end', () => {
        console.log(label, res.statusCode, res.headers['content-type'], text, 'reused', req.reusedSocket);
        resolve();
      });
    });
    req.on('error', (err) => { console.log(label, 'error', err.code, err.message); resolve(); });
    if (label.includes('post')) req.write('payload');
    req.end();
  });
}

server.listen(0, '127.0.0.1', async () => {
  const { port } = server.address();
  const ca = F('ca.pem');
  await fetchText('options', { host: 'localhost', port, path: '/one', ca });
  await fetchText('url', new URL(`https://localhost:${port}/two?x=1`), { ca });
  await fetchText('untrusted', `https://localhost:${port}/three`);
  await fetchText('insecure', `https://127.0.0.1:${port}/four`, { rejectUnauthorized: false });
  await fetchText('post', { host: 'localhost', port, path: '/five', method: 'POST', ca });
  const agent = new https.Agent({ keepAlive: true, ca });
  await fetchText('keep-alive 1', { host: 'localhost', port, path: '/a', agent });
  await fetchText('keep-alive 2', { host: 'localhost', port, path: '/b', agent });
  agent.destroy();
  https.globalAgent.destroy();
  server.close(() => console.log('closed'));
});

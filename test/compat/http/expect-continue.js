// Expect: 100-continue: the default server answer (writeContinue, then 'request'), a 'checkContinue' listener,
// an unknown expectation (417, or 'checkExpectation'), and the client's 'continue' and 'information' events.
const http = require('http');

function run(setup, headers, label) {
  return new Promise((resolve) => {
    const server = http.createServer((req, res) => {
      req.resume();
      req.on('end', () => res.end(`got ${req.headers.expect}`));
    });
    setup(server);
    server.listen(0, '127.0.0.1', () => {
      const req = http.request({ host: '127.0.0.1', port: server.address().port, method: 'POST', headers });
      const events = [];
      req.on('continue', () => {
        events.push('continue');
        req.end('body');
      });
      req.on('information', (info) => events.push(`information ${info.statusCode} ${info.statusMessage} ${info.httpVersion}`));
      req.on('response', (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (d) => { text += d; });
        res.on('end', () => {
          console.log(label, events.join(' | '), '->', res.statusCode, JSON.stringify(text));
          server.close(resolve);
        });
      });
      if (!/100-continue/.test(headers.Expect)) req.end();
    });
  });
}

(async () => {
  await run(() => {}, { Expect: '100-continue' }, 'default');
  await run((server) => server.on('checkContinue', (req, res) => {
    console.log('checkContinue', req.url);
    res.writeContinue();
    req.resume();
    req.on('end', () => res.end('checked'));
  }), { Expect: '100-continue' }, 'listener');
  await run((server) => server.on('checkContinue', (req, res) => {
    res.writeHead(403);
    res.end('no');
  }), { Expect: '100-continue', Connection: 'close' }, 'refused');
  await run(() => {}, { Expect: 'something-else' }, 'unknown');
  await run((server) => server.on('checkExpectation', (req, res) => res.end(`expectation ${req.headers.expect}`)), { Expect: 'something-else' }, 'checkExpectation');
  await run((server) => server.prependListener('request', (req, res) => {
    res.writeProcessing();
    res.writeEarlyHints({ link: ['</a.css>; rel=preload', '</b.js>; rel=preload'], 'x-hint': '1' });
  }), { 'X-Plain': '1' }, 'interim');
})();

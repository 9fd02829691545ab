// Client and response errors and lifecycles: connection refused, socket hang up (server destroys the socket),
// req.destroy() before and after the response, abort(), writes after end, the response 'close' when the
// client goes away, res.end callback and 'finish', and a request timeout.
const http = require('http');

const server = http.createServer((req, res) => {
  if (req.url === '/hangup') return req.socket.destroy();
  if (req.url === '/slow') return setTimeout(() => res.end('late'), 1000);
  if (req.url === '/stall') {
    res.on('close', () => console.log('server res close', res.writableEnded, res.writableFinished));
    res.write('part');
    return;
  }
  if (req.url === '/finish') {
    res.on('finish', () => console.log('server finish', res.writableEnded, res.writableFinished, res.headersSent));
    res.end('done', () => console.log('server end callback'));
    res.write('more', (err) => console.log('write after end callback', err.code));
    res.on('error', (err) => console.log('server res error', err.code, err.message));
    return;
  }
  res.end('ok');
});

function attempt(label, path, options = {}, after = undefined) {
  return new Promise((resolve) => {
    const events = [];
    const req = http.get({ host: '127.0.0.1', port: options.port ?? server.address().port, path, ...options }, (res) => {
      events.push(`response ${res.statusCode}`);
      res.on('data', (d) => events.push(`data ${d}`));
      res.on('aborted', () => events.push('res aborted'));
      res.on('error', (e) => events.push(`res error ${e.code} ${e.message}`));
      res.on('end', () => events.push('end'));
      res.on('close', () => events.push('res close'));
      after?.(req, res);
    });
    req.on('error', (e) => events.push(`error ${e.code} ${e.message.replace(/:\d+$/, ':PORT')} ${e.syscall ?? ''}`));
    req.on('abort', () => events.push('abort'));
    req.on('timeout', () => {
      events.push('timeout');
      req.destroy();
    });
    req.on('close', () => {
      events.push('close');
      setTimeout(() => {
        console.log(label, events.join(' | '));
        resolve();
      }, 200);
    });
    options.before?.(req);
  });
}

server.listen(0, '127.0.0.1', async () => {
  const closed = http.createServer();
  await new Promise((r) => closed.listen(0, '127.0.0.1', r));
  const deadPort = closed.address().port;
  await new Promise((r) => closed.close(r));
  await attempt('refused', '/', { port: deadPort });
  await attempt('hangup', '/hangup');
  await attempt('destroy before', '/slow', { before: (req) => req.destroy() });
  await attempt('destroy with error', '/slow', { before: (req) => req.destroy(new Error('mine')) });
  await attempt('abort', '/slow', { before: (req) => setTimeout(() => req.abort(), 20) });
  await attempt('timeout', '/slow', { timeout: 50 });
  await attempt('stall then destroy', '/stall', {}, (req, res) => res.once('data', () => req.destroy()));
  await attempt('finish', '/finish');
  server.close(() => console.log('closed'));
});

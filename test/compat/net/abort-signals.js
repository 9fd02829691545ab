'use strict';
// AbortSignals: net.connect/new net.Socket with `signal` (aborted before, right after, or a tick later)
// and server.listen({ signal }) closing the server, plus the bad-signal error.
const net = require('net');
const { once, getEventListeners } = require('events');

// (A socket destroyed by a signal before connect() is still connected by it afterwards, in Node too: destroy
// it once more so that nothing keeps the process alive.)
async function outcome(socket) {
  try {
    await once(socket, 'close');
    return 'closed';
  } catch (e) {
    return `${e.name}: ${e.message}`;
  } finally {
    setImmediate(() => socket.destroy());
  }
}

const server = net.createServer();
server.listen(0, '127.0.0.1', async () => {
  const options = (signal) => ({ port: server.address().port, host: '127.0.0.1', signal });
  const pre = new AbortController();
  pre.abort();
  const a = net.connect(options(pre.signal));
  console.log('pre-aborted listeners', getEventListeners(pre.signal, 'abort').length, await outcome(a));
  const post = new AbortController();
  const b = net.connect(options(post.signal));
  console.log('listeners', getEventListeners(post.signal, 'abort').length);
  post.abort();
  console.log('aborted after connect', await outcome(b));
  const later = new AbortController();
  const c = new net.Socket(options(later.signal));
  setImmediate(() => later.abort());
  console.log('constructor, aborted later', await outcome(c));
  server.close();

  try {
    net.createServer().listen({ port: 0, signal: 'nope' });
  } catch (e) {
    console.log(e.code, e.name);
  }
  const controller = new AbortController();
  const s = net.createServer();
  s.on('close', () => console.log('server closed by abort'));
  s.listen({ port: 0, host: '127.0.0.1', signal: controller.signal }, () => {
    console.log('listening');
    controller.abort();
  });
  const s2 = net.createServer();
  s2.on('close', () => console.log('server with an aborted signal closed'));
  s2.listen({ port: 0, host: '127.0.0.1', signal: AbortSignal.abort() });
});

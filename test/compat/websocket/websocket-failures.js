// WebSocket failures: constructor errors (DOMException SyntaxError), send/close argument errors, handshakes the
// client must refuse (non-101, bad Sec-WebSocket-Accept, unrequested protocol, refused connection), protocol
// violations from the server (masked frames, reserved bits, unknown opcodes, invalid UTF-8), a dropped
// connection, close() while connecting, and sending after close().
const { createServer } = require('./fixtures/ws-server.js');

const server = createServer((line) => {
  if (!line.startsWith('handshake')) console.log('server:', line);
});
const attempt = (label, fn) => {
  try {
    const value = fn();
    console.log(label, 'ok', value);
  } catch (err) {
    console.log(label, err.constructor.name, err.name, err.code, JSON.stringify(err.message));
  }
};

function session(path, script = () => {}) {
  return new Promise((resolve) => {
    const ws = new WebSocket(path.startsWith('ws') ? path : `ws://127.0.0.1:${server.address().port}${path}`);
    ws.onopen = () => console.log(path, 'open');
    ws.onmessage = (event) => console.log(path, 'message', event.data);
    ws.onerror = (event) => console.log(path, 'error', event.constructor.name, event.type, JSON.stringify(event.message),
      event.error?.constructor.name);
    ws.onclose = (event) => {
      console.log(path, 'close', event.code, JSON.stringify(event.reason), event.wasClean, ws.readyState);
      resolve();
    };
    script(ws);
  });
}

attempt('no url', () => new WebSocket());
attempt('ftp', () => new WebSocket('ftp://a.test/'));
attempt('fragment', () => new WebSocket('ws://a.test/#x'));
attempt('invalid', () => new WebSocket('not a url'));
attempt('duplicate protocols', () => new WebSocket('ws://127.0.0.1:1/', ['a', 'a']));
attempt('bad protocol', () => new WebSocket('ws://127.0.0.1:1/', ['a b']));
const early = new WebSocket('http://127.0.0.1:1/path?q');
early.onerror = () => {};
attempt('http mapped', () => early.url);
attempt('https mapped', () => {
  const secure = new WebSocket('https://127.0.0.1:1/');
  secure.onerror = () => {};
  secure.close();
  return secure.url;
});
attempt('send while connecting', () => early.send('x'));
attempt('close 1001', () => early.close(1001));
attempt('close 2999', () => early.close(2999));
attempt('close 5000', () => early.close(5000));
attempt('long reason', () => early.close(1000, 'x'.repeat(124)));
attempt('binaryType', () => {
  early.binaryType = 'text';
  return early.binaryType;
});
attempt('constants', () => [WebSocket.CONNECTING, WebSocket.OPEN, WebSocket.CLOSING, WebSocket.CLOSED, early.CLOSED]);
early.close();

server.listen(0, '127.0.0.1', async () => {
  await session('/not-found');
  await session('/bad-accept');
  await session('/wrong-protocol');
  await session('ws://127.0.0.1:1/');
  await session('/masked');
  await session('/rsv');
  await session('/bad-opcode');
  await session('/bad-utf8');
  await session('/drop');
  await session('/echo', (ws) => ws.close());
  await session('/echo', (ws) => {
    ws.onopen = () => {
      ws.close(1000, 'bye');
      console.log('after close', ws.readyState);
      ws.send('late');
      console.log('bufferedAmount after late send', ws.bufferedAmount);
    };
  });
  server.close();
});

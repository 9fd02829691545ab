// The WebSocket client against a local echo server: the handshake request, open/message/close events and their
// fields, text and binary messages of every kind (Blob and ArrayBuffer binaryType), fragmented messages with a
// ping in between, a message over 64 KiB, bufferedAmount, and a clean close started by either side.
const { createServer } = require('./fixtures/ws-server.js');

const server = createServer((line) => console.log('server:', line));
const describe = (data) => (typeof data === 'string' ? JSON.stringify(data) : data instanceof ArrayBuffer ?
  `ArrayBuffer(${data.byteLength}) [${[...new Uint8Array(data).subarray(0, 6)]}]` : `${data.constructor.name}(${data.size})`);

function closeAfter(ws, messages, ...closeArguments) {
  let seen = 0;
  ws.addEventListener('message', () => {
    if (++seen === messages) ws.close(...closeArguments);
  });
}

function session(path, protocols, script) {
  return new Promise((resolve) => {
    const ws = new WebSocket(`ws://127.0.0.1:${server.address().port}${path}`, protocols);
    console.log('constructed', ws.readyState, ws.url.replace(/:\d+/, ':PORT'), ws.binaryType, JSON.stringify(ws.protocol));
    ws.addEventListener('open', (event) => {
      console.log('open', event.constructor.name, ws.readyState, JSON.stringify(ws.protocol), JSON.stringify(ws.extensions));
      script(ws);
    });
    ws.addEventListener('message', async (event) => {
      const { data } = event;
      console.log('message', event.constructor.name, describe(data), event.origin.replace(/:\d+/, ':PORT'),
        JSON.stringify(event.lastEventId), event.source, event.ports);
      if (data instanceof Blob) console.log('  blob text', JSON.stringify(await data.text()));
    });
    ws.addEventListener('error', (event) => console.log('error event', event.constructor.name));
    ws.addEventListener('close', (event) => {
      console.log('close', event.constructor.name, event.code, JSON.stringify(event.reason), event.wasClean, ws.readyState);
      resolve();
    });
  });
}

server.listen(0, '127.0.0.1', async () => {
  // Each session closes once it has every reply it waits for, so nothing depends on timing.
  await session('/greet', ['chat', 'other'], (ws) => {
    ws.send('ping me');
    ws.send('text');
    ws.send('');
    ws.send('ünïcödé ✓');
    ws.send(new Uint8Array([1, 2, 3]));
    ws.send(new Uint16Array([0x0201]).buffer);
    ws.send(new DataView(new Uint8Array([9, 8, 7, 6]).buffer, 1, 2));
    ws.send(new Blob(['blob payload']));
    console.log('bufferedAmount after sends', ws.bufferedAmount);
    closeAfter(ws, 9);
  });
  await session('/echo', 'single', (ws) => {
    ws.binaryType = 'arraybuffer';
    ws.send(new Uint8Array([5, 6]));
    ws.send('big');
    closeAfter(ws, 2, 4321, 'done here');
  });
  await session('/fragments', undefined, (ws) => closeAfter(ws, 2));
  await session('/server-close', [], () => {});
  await session('/empty-close', [], () => {});
  // undici's init object: protocols and extra handshake headers (a given User-Agent replaces "node").
  await session('/with-headers', { protocols: ['p1'], headers: { 'X-Token': 'abc', 'User-Agent': 'mine' } },
    (ws) => ws.close(1000));
  server.close(() => console.log('closed'));
});

// A byte stream read by a default reader: chunks come as Uint8Arrays over transferred buffers.
(async () => {
  const source = new Uint8Array([10, 20, 30]);
  const stream = new ReadableStream({
    type: 'bytes',
    start(c) { c.enqueue(source); c.enqueue(new Uint16Array([1])); c.close(); },
  });
  console.log('source detached', source.byteLength);
  const reader = stream.getReader();
  console.log(await reader.read());
  console.log(await reader.read());
  console.log(await reader.read());
  const [a, b] = new ReadableStream({ type: 'bytes', start(c) { c.enqueue(new Uint8Array([5])); c.close(); } }).tee();
  console.log(await a.getReader().read(), await b.getReader({ mode: 'byob' }).read(new Uint8Array(4)));
})();

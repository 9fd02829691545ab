// A byte stream read through a BYOB reader: partial reads, the rest in a later read, and the final empty view.
(async () => {
  const stream = new ReadableStream({
    type: 'bytes',
    start(c) { c.enqueue(new Uint8Array([1, 2, 3, 4, 5])); c.close(); },
  });
  console.log(stream);
  const reader = stream.getReader({ mode: 'byob' });
  console.log(reader);
  console.log(await reader.read(new Uint8Array(2)));
  console.log(await reader.read(new Uint8Array(8)));
  console.log(await reader.read(new Uint8Array(8)));
})();

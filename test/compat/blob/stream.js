// Blob.stream() is a byte stream that gives the blob's parts as Uint8Arrays.
(async () => {
  const stream = new Blob(['hello ', 'world']).stream();
  console.log(stream);
  const chunks = [];
  for await (const c of stream) chunks.push(c);
  console.log(chunks.map((c) => [c.constructor.name, Buffer.from(c).toString()]));
  const reader = new Blob([new Uint8Array(70000)]).stream().getReader({ mode: 'byob' });
  const first = await reader.read(new Uint8Array(1000));
  console.log(first.value.length, first.done);
  const empty = [];
  for await (const c of new Blob([]).stream()) empty.push(c);
  console.log(empty);
})();

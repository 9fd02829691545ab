// TransformStream: transform and flush, pipeThrough, and the identity transform.
(async () => {
  const upper = new TransformStream({
    transform(chunk, c) { c.enqueue(chunk.toUpperCase()); },
    flush(c) { c.enqueue('!'); },
  });
  console.log(upper);
  const out = [];
  for await (const x of ReadableStream.from(['ab', 'cd']).pipeThrough(upper)) out.push(x);
  console.log(out);
  const identity = new TransformStream();
  const writer = identity.writable.getWriter();
  writer.write(1);
  writer.close();
  const reader = identity.readable.getReader();
  console.log(await reader.read(), await reader.read());
})();

// A default ReadableStream read chunk by chunk, then closed; result objects keep Node's key order.
(async () => {
  const stream = new ReadableStream({ start(c) { c.enqueue('a'); c.enqueue({ n: 1 }); c.close(); } });
  const reader = stream.getReader();
  console.log(await reader.read());
  console.log(await reader.read());
  console.log(await reader.read());
  console.log(await reader.closed, stream.locked);
  reader.releaseLock();
  console.log(stream.locked, stream);
})();

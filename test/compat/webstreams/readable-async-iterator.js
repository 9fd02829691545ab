// Async iteration: results, return() cancelling the stream, and preventCancel keeping it open.
(async () => {
  const it = ReadableStream.from([1, 2, 3])[Symbol.asyncIterator]();
  console.log(await it.next(), await it.return('r'), await it.next());
  const stream = new ReadableStream({
    start(c) { c.enqueue('a'); c.enqueue('b'); },
    cancel(reason) { console.log('cancelled', reason); },
  });
  for await (const x of stream) {
    console.log(x);
    break;
  }
  console.log(stream);
  const kept = new ReadableStream({ start(c) { c.enqueue('x'); c.enqueue('y'); } });
  for await (const x of kept.values({ preventCancel: true })) {
    console.log(x);
    break;
  }
  console.log(kept, await kept.getReader().read());
  console.log(ReadableStream.prototype[Symbol.asyncIterator] === ReadableStream.prototype.values);
})();

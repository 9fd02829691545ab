// cancel() reaches the source's cancel() with the reason, closes the stream and empties the queue.
(async () => {
  const stream = new ReadableStream({
    start(c) { c.enqueue(1); },
    cancel(reason) { console.log('source cancel', reason); return 'ignored'; },
  });
  console.log(await stream.cancel('why'), stream);
  const reader = new ReadableStream({ cancel(r) { console.log('via reader', r); } }).getReader();
  const pending = reader.read();
  await reader.cancel('stop');
  console.log(await pending);
})();

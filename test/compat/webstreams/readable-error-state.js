// An errored stream rejects reads with its error, and cancel() with the same error.
(async () => {
  const err = new Error('boom');
  const stream = new ReadableStream({ start(c) { c.error(err); } });
  const reader = stream.getReader();
  await reader.read().catch((e) => console.log('read', e === err));
  await reader.closed.catch((e) => console.log('closed', e === err));
  console.log(stream);
  reader.releaseLock();
  await stream.cancel().catch((e) => console.log('cancel', e === err));
  const pulling = new ReadableStream({ pull() { throw new TypeError('pull failed'); } });
  await pulling.getReader().read().catch((e) => console.log(e.name, e.message));
  console.log(pulling);
})();

// pipeTo: chunks are written in order, the destination closes, and both locks are released.
(async () => {
  const out = [];
  const dest = new WritableStream({ write(ch) { out.push(ch); }, close() { out.push('closed'); } });
  const source = new ReadableStream({ start(c) { c.enqueue('x'); c.enqueue('y'); c.close(); } });
  const p = source.pipeTo(dest);
  console.log(source.locked, dest.locked);
  await p;
  console.log(out, source, dest);
  const kept = new WritableStream({ close() { console.log('should not close'); } });
  await ReadableStream.from(['z']).pipeTo(kept, { preventClose: true });
  console.log(kept);
})();

// TransformStream errors: a failing transform errors both sides; terminate() closes the readable side.
(async () => {
  try { new TransformStream({ readableType: 'bytes' }); } catch (e) { console.log(e.name, e.code, e.message); }
  try { new TransformStream({ writableType: 'bytes' }); } catch (e) { console.log(e.name, e.code, e.message); }
  const failing = new TransformStream({ transform() { throw new Error('bad chunk'); } });
  const w = failing.writable.getWriter();
  await w.write(1).catch((e) => console.log('write', e.message));
  await failing.readable.getReader().read().catch((e) => console.log('read', e.message));
  console.log(failing.readable, failing.writable);
  const ts = new TransformStream({ start(c) { c.enqueue(1); c.terminate(); } });
  for await (const x of ts.readable) console.log('chunk', x);
  console.log(ts.writable);
  await ts.writable.getWriter().write(2).catch((e) => console.log(e.name, e.code, e.message));
})();

// pipeTo propagates errors forward (abort) and backward (cancel), unless prevented.
(async () => {
  const err = new Error('source error');
  const source = new ReadableStream({ start(c) { c.error(err); } });
  const dest = new WritableStream({ abort(r) { console.log('dest aborted', r === err); } });
  await source.pipeTo(dest).catch((e) => console.log('rejected', e === err));
  console.log(dest);
  const keptDest = new WritableStream();
  await new ReadableStream({ start(c) { c.error(err); } }).pipeTo(keptDest, { preventAbort: true })
    .catch((e) => console.log('rejected', e === err));
  console.log(keptDest);
  const sinkErr = new Error('sink error');
  const cancelled = new ReadableStream({ cancel(r) { console.log('source cancelled', r === sinkErr); } });
  await cancelled.pipeTo(new WritableStream({ start(c) { c.error(sinkErr); } }))
    .catch((e) => console.log('rejected', e === sinkErr));
  const closedDest = new WritableStream();
  await closedDest.close();
  await new ReadableStream({ cancel(r) { console.log('cancel on closed dest', r.name, r.code); } }).pipeTo(closedDest)
    .catch((e) => console.log('rejected', e.name, e.code, e.message));
})();

// An AbortSignal stops pipeTo: the destination is aborted and the source cancelled with the signal's reason.
(async () => {
  const ac = new AbortController();
  const source = new ReadableStream({
    pull() { return new Promise(() => {}); },
    cancel(r) { console.log('source cancel', r.name); },
  });
  const dest = new WritableStream({ abort(r) { console.log('dest abort', r.name); } });
  const p = source.pipeTo(dest, { signal: ac.signal });
  ac.abort();
  await p.catch((e) => console.log('rejected', e.name, e.message));
  console.log(source, dest);
  const pre = AbortSignal.abort('already');
  await new ReadableStream().pipeTo(new WritableStream(), { signal: pre, preventAbort: true, preventCancel: true })
    .catch((e) => console.log('pre-aborted', e));
  await new ReadableStream().pipeTo(new WritableStream(), { signal: 1 }).catch((e) => console.log(e.code, e.message));
})();

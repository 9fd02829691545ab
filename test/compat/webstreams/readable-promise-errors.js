// Methods that report errors by rejecting.
const report = (label) => (e) => console.log(label, e.name, e.code, e.message);
(async () => {
  await new ReadableStream().pipeTo(1).catch(report('pipeTo'));
  const locked = new ReadableStream();
  locked.getReader();
  await locked.cancel().catch(report('cancel locked'));
  await locked.pipeTo(new WritableStream()).catch(report('pipeTo locked'));
  const reader = new ReadableStream().getReader();
  const closed = reader.closed.catch(report('closed after release'));
  reader.releaseLock();
  await closed;
  await reader.read().catch(report('read after release'));
  const byob = new ReadableStream({ type: 'bytes' }).getReader({ mode: 'byob' });
  await byob.read(new Uint8Array(0)).catch(report('byob empty'));
  await byob.read(1).catch(report('byob number'));
})();

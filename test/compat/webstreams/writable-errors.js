// WritableStream errors: locking, writing after close, closing twice, a failing sink, abort.
const report = (label) => (e) => console.log(label, e?.name, e?.code, e?.message ?? e);
(async () => {
  try { new WritableStream({ type: 'x' }); } catch (e) { report('type')(e); }
  const locked = new WritableStream();
  locked.getWriter();
  try { locked.getWriter(); } catch (e) { report('getWriter')(e); }
  await locked.abort().catch(report('abort locked'));
  await locked.close().catch(report('close locked'));
  const writer = new WritableStream().getWriter();
  writer.close();
  await writer.write(1).catch(report('write after close'));
  await writer.close().catch(report('close twice'));
  const failing = new WritableStream({ write() { throw new Error('sink failed'); } });
  const w = failing.getWriter();
  await w.write(1).catch(report('write'));
  await w.closed.catch(report('closed'));
  console.log(failing);
  const aborted = new WritableStream({ abort(reason) { console.log('sink abort', reason); } });
  await aborted.abort('stop');
  console.log(aborted);
  const released = new WritableStream().getWriter();
  released.releaseLock();
  await released.write(1).catch(report('write released'));
  try { console.log(released.desiredSize); } catch (e) { report('desiredSize released')(e); }
})();

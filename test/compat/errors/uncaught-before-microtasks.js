// An error escaping a callback is reported before the microtasks queued by that callback run.
process.on('uncaughtException', (e) => console.log('handler', e.message));
process.nextTick(() => {
  Promise.resolve().then(() => console.log('micro from tick'));
  throw new Error('tick');
});

// An error escaping a callback is reported before the microtasks queued by that callback run.
process.on('uncaughtException', (e) => console.log('handler', e.message));
process.nextTick(() => {
  Promise.resolve().then(() => console.log('micro from tick'));
  throw new Error('tick');
});
process.nextTick(() => console.log('next tick still runs'));
setTimeout(() => {
  Promise.resolve().then(() => console.log('micro from timer'));
  throw new Error('timer');
});
setImmediate(() => {
  Promise.resolve().then(() => console.log('micro from immediate'));
  throw new Error('immediate');
});
Promise.resolve().then(() => console.log('micro from main'));

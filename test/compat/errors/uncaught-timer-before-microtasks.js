// A timer's error is reported before the microtasks it queued; the immediate's likewise.
process.on('uncaughtException', (e) => console.log('handler', e.message));
setTimeout(() => {
  Promise.resolve().then(() => console.log('micro from timer'));
  setImmediate(() => {
    Promise.resolve().then(() => console.log('micro from immediate'));
    throw new Error('immediate');
  });
  throw new Error('timer');
});

// A tick queued by a tick runs before any promise job.
process.nextTick(() => {
  console.log('tick 1');
  process.nextTick(() => console.log('tick 3'));
});
process.nextTick(() => console.log('tick 2'));
Promise.resolve().then(() => {
  console.log('promise 1');
  process.nextTick(() => console.log('tick from promise'));
  Promise.resolve().then(() => console.log('promise 2'));
});

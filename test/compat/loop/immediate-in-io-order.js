// Inside a check-phase callback, a new immediate waits for the next iteration; a timer set there fires
// after the current immediates.
setImmediate(() => {
  console.log('immediate 1');
  setImmediate(() => console.log('immediate 3 (next loop)'));
  process.nextTick(() => console.log('tick after immediate 1'));
});
setImmediate(() => console.log('immediate 2'));

// Ticks and microtasks queued by a timer run before the next timer.
setTimeout(() => {
  console.log('t1');
  Promise.resolve().then(() => console.log('t1 promise'));
  process.nextTick(() => console.log('t1 tick'));
}, 5);
setTimeout(() => console.log('t2'), 5);
setTimeout(() => console.log('t3'), 5);

setTimeout(() => {
  setImmediate(() => console.log('immediate'));
  setTimeout(() => console.log('timeout'), 0);
  process.nextTick(() => console.log('tick'));
}, 1);

setImmediate(() => {
  setTimeout(() => console.log('timeout from immediate'), 0);
  setImmediate(() => console.log('immediate from immediate'));
  process.nextTick(() => console.log('tick from immediate'));
  Promise.resolve().then(() => console.log('promise from immediate'));
});

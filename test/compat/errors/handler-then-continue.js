let n = 0;
process.on('uncaughtException', (e) => {
  console.log('handled', ++n, e.message);
});
setTimeout(() => {
  throw new Error('t1');
}, 1);
setTimeout(() => {
  throw new Error('t2');
}, 2);
setTimeout(() => console.log('after both'), 5);

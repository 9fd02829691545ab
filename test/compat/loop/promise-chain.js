// Promise jobs interleave by their queueing order.
Promise.resolve().then(() => console.log('a1')).then(() => console.log('a2')).then(() => console.log('a3'));
Promise.resolve().then(() => console.log('b1')).then(() => console.log('b2'));
(async () => {
  console.log('async start');
  await null;
  console.log('after await 1');
  await null;
  console.log('after await 2');
})();
console.log('sync end');

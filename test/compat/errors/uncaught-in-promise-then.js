process.on('exit', (c) => console.log('exit', c));
Promise.resolve().then(function inThen() {
  throw new Error('thrown in then');
});

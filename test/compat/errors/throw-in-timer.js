process.on('exit', (c) => console.log('exit', c));
setTimeout(function onTimer() {
  throw new TypeError('from timer');
}, 1);

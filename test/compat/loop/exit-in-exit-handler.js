process.on('exit', (code) => {
  console.log('exit handler', code);
  setTimeout(() => console.log('never runs'), 0);
  process.nextTick(() => console.log('never either'));
});
console.log('main');

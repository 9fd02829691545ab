process.on('exit', (code) => console.log('exit', code));
process.nextTick(() => {
  console.log('tick');
  process.exit(3);
});
setTimeout(() => console.log('never'), 10);

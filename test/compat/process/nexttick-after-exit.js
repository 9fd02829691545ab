process.on('exit', () => {
  process.nextTick(() => console.log('not printed'));
  console.log('in exit');
});

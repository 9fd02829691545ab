let once = false;
process.on('beforeExit', () => {
  if (once) return;
  once = true;
  Promise.resolve().then(() => console.log('promise in beforeExit'));
  process.nextTick(() => console.log('tick in beforeExit'));
});

setTimeout(() => {
  console.log('exiting');
  process.exit();
  console.log('not reached');
}, 1);
setTimeout(() => console.log('never'), 50);

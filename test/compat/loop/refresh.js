// refresh() restarts a timer from now.
const start = Date.now();
const t = setTimeout(() => {
  console.log('fired after refresh', Date.now() - start >= 40);
}, 30);
setTimeout(() => t.refresh(), 15);

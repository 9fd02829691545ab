// A timer cleared by an earlier timer in the same phase does not run.
let b;
setTimeout(() => {
  console.log('a');
  clearTimeout(b);
}, 5);
b = setTimeout(() => console.log('b'), 5);
setTimeout(() => console.log('c'), 5);

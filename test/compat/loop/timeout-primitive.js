// A Timeout converts to a number that clearTimeout accepts.
const t = setTimeout(() => console.log('never'), 10);
const id = +t;
console.log(typeof id);
clearTimeout(id);
setTimeout(() => console.log('ok'), 20);

const t = setTimeout(() => console.log('never'), 5);
clearTimeout(t);
const i = setImmediate(() => console.log('never immediate'));
clearImmediate(i);
const iv = setInterval(() => console.log('never interval'), 5);
clearInterval(iv);
setTimeout(() => console.log('done'), 20);

// A throwing listener does not stop the others; its error is uncaught on the next tick.
process.on('uncaughtException', (err, origin) => console.log('uncaught', err.message, origin));
const t = new EventTarget();
t.addEventListener('x', () => { throw new Error('first'); });
t.addEventListener('x', () => console.log('second listener runs'));
t.addEventListener('x', async () => { throw new Error('async'); });
process.nextTick(() => console.log('tick queued before dispatch'));
console.log(t.dispatchEvent(new Event('x')));
console.log('after dispatch');

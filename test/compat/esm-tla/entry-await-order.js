// The entry's own awaits interleave with timers and microtasks as in a function.
const log = [];
setTimeout(() => log.push('timer'), 0);
queueMicrotask(() => log.push('microtask'));
log.push('before await');
await null;
log.push('after await null');
await new Promise((r) => setTimeout(r, 1));
log.push('after timer await');
console.log(log.join(' > '));

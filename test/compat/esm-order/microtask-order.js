// Module evaluation, microtasks, nextTick and timers around an import().
const log = [];
setTimeout(() => log.push('timeout'), 0);
process.nextTick(() => log.push('nextTick'));
Promise.resolve().then(() => log.push('microtask'));
await import('./fixtures/log-c.js');
log.push('after import');
await new Promise((r) => setTimeout(r, 5));
console.log(log.join(', '));

// A rejection is unhandled only if no handler came once both nextTicks and microtasks are drained.
process.on('unhandledRejection', (r) => console.log('unhandledRejection', r.message));
process.on('rejectionHandled', (p) => console.log('rejectionHandled', p === late));
const late = Promise.reject(new Error('late'));
setTimeout(() => late.catch(() => console.log('caught late')), 5);
const inTick = Promise.reject(new Error('tick'));
process.nextTick(() => inTick.catch(() => console.log('caught in tick')));
const inLaterTick = Promise.reject(new Error('later tick'));
Promise.resolve().then(() => {}).then(() => process.nextTick(() => inLaterTick.catch(() => console.log('caught in a tick from a microtask'))));

// Channel.bindStore / runStores with AsyncLocalStorage, and tracing channels.
const dc = require('node:diagnostics_channel');
const { AsyncLocalStorage } = require('node:async_hooks');

const als = new AsyncLocalStorage();
const ch = dc.channel('stores');
ch.bindStore(als, (data) => ({ wrapped: data }));
ch.subscribe((m) => console.log('subscriber sees store', als.getStore(), m));
console.log(ch.runStores({ id: 7 }, function(a) { return [als.getStore(), this.t, a]; }, { t: 'this' }, 'arg'));
console.log('after runStores', als.getStore());
console.log(ch.unbindStore(als), ch.unbindStore(als));

const tc = dc.tracingChannel('op');
console.log(tc, tc.hasSubscribers, tc.start.name, tc.asyncEnd.name);
const log = (event) => (ctx) => console.log(event, JSON.stringify(ctx, (k, v) => (v instanceof Error ? v.message : v)));
const handlers = { start: log('start'), end: log('end'), asyncStart: log('asyncStart'), asyncEnd: log('asyncEnd'),
  error: log('error') };
tc.subscribe(handlers);
console.log(tc.hasSubscribers);
console.log('sync result', tc.traceSync((a, b) => a + b, { op: 'add' }, null, 2, 3));
try {
  tc.traceSync(() => { throw new Error('sync failure'); }, { op: 'throw' });
} catch (err) {
  console.log('rethrown', err.message);
}
tc.start.bindStore(als, (ctx) => ctx.op);
tc.traceCallback((x, cb) => setImmediate(cb, null, x * 2), 1, { op: 'callback' }, null, 21, (err, value) => {
  console.log('callback got', err, value, 'store', als.getStore());
  tc.tracePromise(async (x) => x + 1, { op: 'promise' }, null, 1).then((value) => {
    console.log('promise got', value, als.getStore());
    return tc.tracePromise(async () => { throw new Error('async failure'); }, { op: 'reject' });
  }).catch((err) => {
    console.log('rejected', err.message);
    console.log(tc.unsubscribe(handlers), tc.hasSubscribers);
    console.log('untraced', tc.traceSync(() => 'plain'));
  });
});

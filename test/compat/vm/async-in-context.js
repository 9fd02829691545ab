// Asynchronous code made in a context and driven from the host: async functions, generators and async
// generators, awaiting the context's promises and thenables, rejections caught on either side, and the order in
// which host and context promise reactions run (one microtask queue).
const vm = require('node:vm');

const log = [];
const context = vm.createContext({ log, hostValue: Promise.resolve('host promise') });
vm.runInContext(`
  async function double(x) { await null; return x * 2; }
  async function fails() { await null; throw new RangeError('async failure'); }
  function* counter(n) { for (let i = 0; i < n; i++) { const got = yield i; if (got) log.push('sent ' + got); } return 'done'; }
  async function* ticks(n) { for (let i = 0; i < n; i++) { await null; yield 'tick' + i; } }
  var thenable = { then(resolve) { log.push('then called'); resolve('from thenable'); } };
  async function awaitHost() { return (await hostValue) + ' seen inside'; }
`, context);

(async () => {
  const { double, fails, counter, ticks, thenable, awaitHost } = context;
  console.log('async result:', await double(21), double(1) instanceof Promise,
    double(1) instanceof vm.runInContext('Promise', context));
  try {
    await fails();
  } catch (err) {
    console.log('rejection:', err.name, err.message, err instanceof RangeError);
  }
  const it = counter(3);
  console.log('generator:', JSON.stringify([it.next(), it.next('a'), it.next(), it.next('b'), it.next()]));
  console.log('generator spread:', [...counter(4)], typeof it[Symbol.iterator]);
  const seen = [];
  for await (const t of ticks(3)) seen.push(t);
  console.log('async generator:', seen);
  console.log('thenable:', await thenable, log.splice(0));
  console.log('host promise awaited inside:', await awaitHost());
  console.log('caught inside:', await vm.runInContext(
    'fails().catch((e) => "inner catch " + (e instanceof RangeError) + " " + e.message)', context));

  // Reactions of host and context promises interleave in the order they were queued.
  const order = [];
  context.order = order;
  const innerResolved = vm.runInContext('Promise.resolve()', context);
  Promise.resolve().then(() => order.push('host 1'));
  innerResolved.then(() => order.push('context 1'));
  vm.runInContext('Promise.resolve().then(() => order.push("context-made 1")).then(() => order.push("context-made 2"))', context);
  Promise.resolve().then(() => order.push('host 2')).then(() => order.push('host 3'));
  queueMicrotask(() => order.push('queueMicrotask'));
  process.nextTick(() => order.push('nextTick'));
  await new Promise((resolve) => setImmediate(resolve));
  console.log('order:', order.join(', '));

  // Promise combinators across realms.
  const all = await Promise.all([vm.runInContext('Promise.resolve(1)', context), 2, vm.runInContext('double(3)', context)]);
  const settled = await vm.runInContext('Promise.allSettled([fails(), double(5)])', context);
  console.log('combinators:', all, settled.map((s) => s.status + ':' + (s.value ?? s.reason.message)));
  const raced = await Promise.race([vm.runInContext('new Promise(() => {})', context), vm.runInContext('double(50)', context)]);
  console.log('race:', raced);
})();

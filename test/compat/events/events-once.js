const { EventEmitter, once, getEventListeners } = require('events');
(async () => {
  const ee = new EventEmitter();
  process.nextTick(() => ee.emit('ready', 1, 2));
  console.log('emitter', await once(ee, 'ready'), ee.listenerCount('ready'), ee.listenerCount('error'));

  const failing = new EventEmitter();
  process.nextTick(() => failing.emit('error', new Error('failed')));
  try {
    await once(failing, 'ready');
  } catch (err) {
    console.log('rejected', err.message, failing.listenerCount('ready'));
  }
  process.nextTick(() => failing.emit('error', new Error('as value')));
  console.log('error event', (await once(failing, 'error'))[0].message);

  const et = new EventTarget();
  process.nextTick(() => et.dispatchEvent(new Event('go')));
  const [ev] = await once(et, 'go');
  console.log('target', ev.type, ev instanceof Event, getEventListeners(et, 'go').length);

  // once's own listener still runs after stopImmediatePropagation.
  const stopper = new EventTarget();
  stopper.addEventListener('s', (e) => e.stopImmediatePropagation());
  process.nextTick(() => stopper.dispatchEvent(new Event('s')));
  console.log('resists stop', (await once(stopper, 's'))[0].type);

  const ac = new AbortController();
  const pending = once(ee, 'never', { signal: ac.signal });
  ac.abort('stop');
  try {
    await pending;
  } catch (err) {
    console.log(err.name, err.code, err.message, err.cause, ee.listenerCount('never'), ee.listenerCount('error'));
  }
  const targetAbort = new AbortController();
  const targetPending = once(et, 'never', { signal: targetAbort.signal });
  targetAbort.abort();
  await targetPending.catch((err) => console.log('target', err.name, err.cause.name, getEventListeners(et, 'never').length));
  await once(ee, 'x', { signal: AbortSignal.abort('pre') }).catch((err) => console.log('pre-aborted', err.code, err.cause));
  await once(ee, 'x', { signal: 1 }).catch((err) => console.log(err.code, err.message));
  await once(ee, 'x', null).catch((err) => console.log(err.code, err.message));
  await once({}, 'x').catch((err) => console.log(err.code, err.message));
  console.log(once.length, typeof once(ee, 'y').then);
})();

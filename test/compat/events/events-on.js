const { EventEmitter, on, getEventListeners } = require('events');
(async () => {
  const ee = new EventEmitter();
  process.nextTick(() => {
    ee.emit('data', 1);
    ee.emit('data', 2, 'two');
    ee.emit('data', 3);
  });
  for await (const args of on(ee, 'data')) {
    console.log('data', args);
    if (args[0] === 3) break;
  }
  console.log('after break', ee.listenerCount('data'), ee.listenerCount('error'));

  const failing = new EventEmitter();
  process.nextTick(() => {
    failing.emit('data', 'a');
    failing.emit('error', new Error('bad'));
  });
  try {
    for await (const args of on(failing, 'data')) console.log('got', args);
  } catch (err) {
    console.log('caught', err.message, failing.listenerCount('data'));
  }

  const closing = new EventEmitter();
  process.nextTick(() => {
    closing.emit('data', 'x');
    closing.emit('end');
    closing.emit('data', 'ignored');
  });
  for await (const args of on(closing, 'data', { close: ['end'] })) console.log('until close', args);
  console.log('closed', closing.listenerCount('data'), closing.listenerCount('end'));

  const et = new EventTarget();
  process.nextTick(() => {
    et.dispatchEvent(new Event('m'));
    et.dispatchEvent(new Event('m'));
  });
  let n = 0;
  for await (const [ev] of on(et, 'm')) {
    console.log('target', ev.type);
    if (++n === 2) break;
  }
  console.log(getEventListeners(et, 'm').length);

  const ac = new AbortController();
  const iterator = on(ee, 'tick', { signal: ac.signal });
  process.nextTick(() => {
    ee.emit('tick', 1);
    ac.abort('enough');
  });
  try {
    for await (const args of iterator) console.log('tick', args);
  } catch (err) {
    console.log(err.name, err.code, err.cause, ee.listenerCount('tick'));
  }

  // Manual iteration: return() ends it, next() then reports done; throw() needs an Error.
  const manual = on(ee, 'v');
  ee.emit('v', 'queued');
  console.log(await manual.next());
  console.log(await manual.return(), await manual.next(), ee.listenerCount('v'));
  try {
    on(ee, 'w').throw('not an error');
  } catch (err) {
    console.log(err.code, err.message);
  }

  for (const options of [{ signal: 1 }, { highWaterMark: 0 }, { lowWaterMark: 'x' }, null]) {
    try {
      on(ee, 'z', options);
    } catch (err) {
      console.log(err.code, err.message);
    }
  }
  try {
    on(ee, 'z', { signal: AbortSignal.abort() });
  } catch (err) {
    console.log('sync', err.name, err.code);
  }
  const it = on(ee, 'q');
  console.log(typeof it[Symbol.asyncIterator], it[Symbol.asyncIterator]() === it);
  await it.return();
})();

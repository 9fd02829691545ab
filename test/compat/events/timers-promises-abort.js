const tp = require('timers/promises');
(async () => {
  const ac = new AbortController();
  const waiting = tp.setTimeout(1e6, 'v', { signal: ac.signal });
  ac.abort('stop');
  await waiting.catch((err) => console.log(err.name, err.code, err.message, err.cause));
  await tp.setImmediate('v', { signal: AbortSignal.abort() }).catch((err) => console.log('immediate', err.code, err.cause.name));
  await tp.scheduler.wait(1e6, { signal: AbortSignal.abort('pre') }).catch((err) => console.log('wait', err.code, err.cause));
  const iac = new AbortController();
  let n = 0;
  try {
    for await (const v of tp.setInterval(1, 'tick', { signal: iac.signal })) {
      console.log(v, ++n);
      if (n === 2) iac.abort();
    }
  } catch (err) {
    console.log('interval', err.code);
  }
  console.log(await tp.setTimeout(1, 'done', { signal: new AbortController().signal }));
  console.log(tp.scheduler.constructor.name, require('util').inspect(tp.scheduler));
  try {
    new tp.scheduler.constructor();
  } catch (err) {
    console.log(err.code, err.message);
  }
  try {
    tp.scheduler.wait.call({}, 1);
  } catch (err) {
    console.log(err.code, err.message);
  }
  console.log(await tp.scheduler.yield());
})();

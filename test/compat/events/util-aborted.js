const util = require('util');
(async () => {
  const ac = new AbortController();
  const resource = {};
  const waiting = util.aborted(ac.signal, resource);
  console.log(waiting instanceof Promise);
  ac.abort();
  const value = await waiting;
  console.log('resolved', value instanceof Event, value.type);
  console.log('already', await util.aborted(AbortSignal.abort(), resource));
  for (const args of [[1, {}], [undefined, {}], [ac.signal, 1], [ac.signal, null], [ac.signal]]) {
    await util.aborted(...args).catch((err) => console.log(err.name, err.code, err.message));
  }
  console.log(util.aborted.length);

  const signal = AbortSignal.abort();
  console.log(util.transferableAbortSignal(signal) === signal);
  const controller = util.transferableAbortController();
  console.log(controller instanceof AbortController, util.inspect(controller));
  try {
    util.transferableAbortSignal({});
  } catch (err) {
    console.log(err.code, err.message);
  }
})();

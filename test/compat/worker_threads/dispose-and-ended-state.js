// Symbol.asyncDispose on a Worker (what `await using` calls): it terminates the worker, resolves to undefined, and
// does nothing more once the worker ended; threadId, threadName and resourceLimits while a worker runs (the limits
// given, as the worker itself reads them; the others are the engine's own figures, not printed) and after it ended
// (-1, null, {}).
const { Worker } = require('node:worker_threads');

const limits = { maxOldGenerationSizeMb: 64, stackSizeMb: 8 };
const worker = new Worker(`
  const { parentPort, resourceLimits, threadName } = require('node:worker_threads');
  const { maxOldGenerationSizeMb, stackSizeMb } = resourceLimits;
  parentPort.postMessage({ maxOldGenerationSizeMb, stackSizeMb, threadName });
  setInterval(() => {}, 1000);
`, { eval: true, name: 'disposable', resourceLimits: limits });

const dispose = worker[Symbol.asyncDispose];
console.log('method', typeof dispose, dispose.name, dispose.length, Symbol.asyncDispose in Worker.prototype);
console.log('running', typeof worker.threadId, worker.threadId > 0, worker.threadName,
  worker.resourceLimits.maxOldGenerationSizeMb, worker.resourceLimits.stackSizeMb);
const events = [];
worker.on('exit', (code) => events.push(`exit ${code}`));
worker.once('message', async (inside) => {
  console.log('inside', inside);
  const result = worker[Symbol.asyncDispose]();
  console.log('returns a promise', result instanceof Promise);
  console.log('resolved with', await result, 'after', events);
  console.log('ended', worker.threadId, worker.threadName, worker.resourceLimits);
  console.log('disposed again', await worker[Symbol.asyncDispose](), events);
  const plain = new Worker('', { eval: true });
  plain.on('exit', async (code) => {
    console.log('natural exit', code, 'then dispose gives', await plain[Symbol.asyncDispose]());
  });
});

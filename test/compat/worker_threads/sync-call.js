// A synchronous call into a worker, as esbuild's and synckit's sync APIs make one: the main thread posts a
// request and blocks in Atomics.wait at once, while the worker is still starting; the worker answers through a
// MessageChannel and wakes it with Atomics.notify(..., Infinity), and the main thread reads the answer with
// receiveMessageOnPort. Then notify's count the way the language converts it.
const { Worker, MessageChannel, receiveMessageOnPort, workerData, isMainThread, parentPort } = require('node:worker_threads');

if (isMainThread) {
  const { port1, port2 } = new MessageChannel();
  const worker = new Worker(__filename, { workerData: { port: port2 }, transferList: [port2], execArgv: [] });
  worker.unref();
  for (const n of [20, 22]) {
    const signal = new Int32Array(new SharedArrayBuffer(4));
    worker.postMessage({ signal, n });
    const status = Atomics.wait(signal, 0, 0, 30000);
    console.log('wait', status === 'ok' || status === 'not-equal', 'answer', receiveMessageOnPort(port1).message);
  }

  const waiters = new Int32Array(new SharedArrayBuffer(4));
  for (const count of [Infinity, undefined, 2, 2 ** 32 + 1, 1.9, -1, -Infinity, NaN, '2', { valueOf: () => 1 }]) {
    for (let i = 0; i < 3; i++) Atomics.waitAsync(waiters, 0, 0, 1000);
    const woken = Atomics.notify(waiters, 0, count);
    const rest = Atomics.notify(waiters, 0);
    console.log('notify count', typeof count === 'object' ? 'object' : String(count), 'woke', woken, 'then', rest);
  }
  try {
    Atomics.notify(waiters, 0, Symbol('n'));
  } catch (err) {
    console.log(err.constructor.name);
  }
  console.log(Atomics.notify.name, Atomics.notify.length, Object.keys(Atomics).includes('notify'));
} else {
  const fib = (n) => (n < 2 ? n : fib(n - 1) + fib(n - 2));
  parentPort.on('message', async ({ signal, n }) => {
    await new Promise((resolve) => setTimeout(resolve, 50));
    workerData.port.postMessage(fib(n));
    Atomics.add(signal, 0, 1);
    Atomics.notify(signal, 0, Infinity);
  });
}

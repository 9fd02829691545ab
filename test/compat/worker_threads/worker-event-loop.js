// A worker's event loop orders callbacks as the main thread's does: synchronous code, process.nextTick, promise
// reactions (ticks first, then microtasks, repeated), queueMicrotask inside nextTick, setImmediate before
// setTimeout 0 inside an I/O callback, and timers in the order of their due times; the worker reports its log
// from its process 'exit' listener.
const { Worker } = require('node:worker_threads');

const worker = new Worker(`
  const { parentPort } = require('node:worker_threads');
  const fs = require('node:fs');
  const log = [];
  log.push('sync start');
  process.nextTick(() => {
    log.push('tick 1');
    queueMicrotask(() => log.push('microtask from tick'));
    process.nextTick(() => log.push('tick from tick'));
  });
  Promise.resolve().then(() => {
    log.push('promise 1');
    process.nextTick(() => log.push('tick from promise'));
  }).then(() => log.push('promise 2'));
  fs.stat('.', () => {
    log.push('io callback');
    setTimeout(() => {
      log.push('timeout 0 from io');
      setTimeout(() => log.push('timeout 20'), 20);
      setTimeout(() => log.push('timeout 5'), 5);
    }, 0);
    setImmediate(() => {
      log.push('immediate from io');
      process.nextTick(() => log.push('tick from immediate'));
      Promise.resolve().then(() => log.push('microtask from immediate'));
    });
  });
  log.push('sync end');
  process.on('exit', () => parentPort.postMessage(log));
`, { eval: true });
worker.on('message', (log) => console.log(log.join('\n')));
worker.on('exit', (code) => console.log('exit', code));

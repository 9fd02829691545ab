// Signals belong to the main thread: a worker's process.on('SIGUSR2') is an ordinary event listener (it runs for
// process.emit inside the worker, never for a real signal), adding one for SIGKILL does not throw there, and the
// main thread's listener keeps getting the signal while the worker's listener is registered. The worker reports
// by messages, so the order of the output does not depend on its stdout.
const { Worker } = require('node:worker_threads');

const worker = new Worker(`
const { parentPort } = require('node:worker_threads');
const seen = [];
process.on('SIGUSR2', (...args) => seen.push(args));
process.on('SIGKILL', () => {});
process.emit('SIGUSR2', 'by emit');
parentPort.postMessage(['listeners', process.listenerCount('SIGUSR2'), process.listenerCount('SIGKILL'), seen]);
parentPort.on('message', (m) => {
  parentPort.postMessage(['told', m, 'worker listener calls', seen.length]);
  parentPort.close();
});
`, { eval: true });

const keepAlive = setInterval(() => {}, 1000);
let hits = 0;
process.on('SIGUSR2', (name, number) => {
  hits++;
  console.log('main listener', name, number, hits);
  if (hits < 2) process.kill(process.pid, 'SIGUSR2');
  else worker.postMessage('two signals reached the main thread');
});
worker.on('message', (m) => {
  console.log('from worker', m);
  if (m[0] === 'listeners') process.kill(process.pid, 'SIGUSR2');
});
worker.on('exit', (code) => {
  console.log('worker exit', code);
  clearInterval(keepAlive);
});

// A worker can start workers: thread ids keep counting, and a nested worker's uncaught error, unhandled in its
// parent worker, reaches the main thread as that worker's 'error'.
const { Worker } = require('worker_threads');
const w = new Worker(`
  const { Worker, threadId } = require('worker_threads');
  const inner = new Worker('require("worker_threads").parentPort.postMessage(require("worker_threads").threadId)', { eval: true });
  inner.on('message', (id) => {
    console.log('outer', threadId, 'inner', id);
    new Worker("throw new Error('uncaught')", { eval: true });
  });
`, { eval: true });
w.on('error', (e) => console.log('error', e.message));
w.on('exit', (c) => console.log('exit', c));

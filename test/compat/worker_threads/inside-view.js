// node:worker_threads as a worker sees it: parentPort is a MessagePort (an EventTarget, no EventEmitter
// instance), the same object on every require and in an ES module import, workerData is undefined when none was
// given, isMainThread is false, threadId matches the parent's worker.threadId; in the main thread parentPort and
// workerData are null.
const wt = require('node:worker_threads');

console.log('main', wt.parentPort, wt.isMainThread, wt.workerData, wt.threadId);
const cjs = new wt.Worker(`
  const wt = require('node:worker_threads');
  const { parentPort } = wt;
  const { EventEmitter } = require('node:events');
  parentPort.postMessage({
    isPort: parentPort instanceof wt.MessagePort,
    isEventTarget: parentPort instanceof EventTarget,
    isEmitter: parentPort instanceof EventEmitter,
    sameObject: parentPort === require('node:worker_threads').parentPort,
    workerData: wt.workerData,
    isMainThread: wt.isMainThread,
    threadId: wt.threadId,
    methods: ['postMessage', 'close', 'ref', 'unref', 'hasRef', 'start'].map((m) => typeof parentPort[m]),
    hasRef: parentPort.hasRef(),
  });
`, { eval: true });
cjs.on('message', (m) => console.log('commonjs worker', { ...m, threadId: m.threadId === cjs.threadId }));
cjs.on('exit', (code) => {
  console.log('commonjs exit', code);
  const esm = new wt.Worker(`
    import * as ns from 'node:worker_threads';
    import wt, { parentPort, workerData } from 'node:worker_threads';
    parentPort.postMessage({ sameObject: ns.parentPort === parentPort && wt.parentPort === parentPort, workerData,
      defaultIsModule: wt === (await import('node:worker_threads')).default });
  `, { eval: true, workerData: null });
  esm.on('message', (m) => console.log('module worker', m));
  esm.on('exit', (c) => console.log('module exit', c));
});

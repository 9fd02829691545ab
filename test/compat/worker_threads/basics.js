// A worker from a file: isMainThread, threadId, workerData, argv, messages both ways, stdout through the
// parent, process.exit() ending only the worker, and the order of 'online', 'message' and 'exit'.
const { Worker, isMainThread, parentPort, workerData, threadId } = require('worker_threads');

if (isMainThread) {
  const w = new Worker(__filename, { argv: ['one', 2], workerData: { list: [1, 'two', { three: 3n }], when: new Date(0) } });
  const seen = [];
  w.on('online', () => seen.push('online'));
  w.on('message', (m) => {
    seen.push(m.kind);
    if (m.kind === 'hello') {
      console.log('main: hello from', m.threadId, m.isMainThread, m.argv, m.workerData);
      w.postMessage({ kind: 'reply', map: new Map([[1, 'a']]), set: new Set(['x']) });
    }
  });
  w.on('exit', (code) => {
    console.log('main: exit', code, seen.join(','), w.threadId);
    console.log('main: threadId', threadId, typeof w.threadId);
  });
} else {
  parentPort.postMessage({ kind: 'hello', threadId, isMainThread, argv: process.argv.slice(2), workerData });
  parentPort.once('message', (m) => {
    console.log('worker: got', m.kind, m.map, m.set);
    process.on('exit', (code) => console.log('worker: exit event', code));
    try {
      process.exit(3);
    } finally {
      console.log('worker: finally never runs');
    }
  });
}

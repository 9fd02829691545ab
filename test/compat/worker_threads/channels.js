// MessageChannel within a thread and across threads: receiveMessageOnPort, MessageEvent for standard listeners,
// transferring ports and ArrayBuffers, SharedArrayBuffer memory seen by both threads with Atomics, 'close' events.
const { Worker, MessageChannel, receiveMessageOnPort } = require('worker_threads');

const { port1, port2 } = new MessageChannel();
port1.postMessage({ n: 1 });
port1.postMessage({ n: 2 });
console.log(receiveMessageOnPort(port2), receiveMessageOnPort(port2), receiveMessageOnPort(port2));
console.log(typeof MessageChannel === typeof globalThis.MessageChannel, port1 instanceof globalThis.MessagePort);

const ab = new ArrayBuffer(8);
new Uint8Array(ab).set([1, 2, 3]);
port2.addEventListener('message', (event) => {
  console.log('event', event.constructor.name, event.data.view, event.ports.length);
  port2.close();
  acrossThreads();
}, { once: true });
port1.postMessage({ view: new Uint8Array(ab, 0, 3) }, [ab]);
console.log('after transfer', ab.byteLength, ab.detached);

function acrossThreads() {
  const sab = new SharedArrayBuffer(16);
  const counters = new Int32Array(sab);
  const { port1: mine, port2: theirs } = new MessageChannel();
  const w = new Worker(`
    const { parentPort } = require('worker_threads');
    parentPort.once('message', ({ port, sab }) => {
      const counters = new Int32Array(sab);
      for (let i = 0; i < 1000; i++) Atomics.add(counters, 0, 1);
      Atomics.store(counters, 1, 1);
      Atomics.notify(counters, 1);
      port.postMessage('over the transferred port');
      port.on('message', (m) => { port.postMessage('echo ' + m); port.close(); });
    });
  `, { eval: true });
  w.postMessage({ port: theirs, sab }, [theirs]);
  console.log('waited', Atomics.wait(counters, 1, 0, 30000), counters[0]);
  mine.on('message', (m) => {
    console.log('main got', m);
    if (m === 'over the transferred port') mine.postMessage('ping');
  });
  mine.on('close', () => console.log('transferred channel closed'));
  w.on('exit', (code) => console.log('worker exit', code));
}

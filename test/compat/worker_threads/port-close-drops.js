// Closing a port drops the messages that reached it but were not delivered yet; its peer still delivers what it
// has, then both report 'close'. A pool (piscina) closes a terminated worker's port and relies on this.
const { MessageChannel, Worker } = require('node:worker_threads');

const { port1, port2 } = new MessageChannel();
port1.on('message', (m) => console.log('port1 got', m));
port2.on('message', (m) => console.log('port2 got', m));
port1.on('close', () => console.log('port1 close'));
port2.on('close', () => {
  console.log('port2 close');
  acrossThreads();
});
port2.postMessage('to port1');
port1.postMessage('to port2');
port1.close();

function acrossThreads() {
  const { port1: mine, port2: theirs } = new MessageChannel();
  const posted = new Int32Array(new SharedArrayBuffer(4));
  const worker = new Worker(`
    const { workerData: { port, posted } } = require('node:worker_threads');
    port.postMessage('answer 1');
    port.postMessage('answer 2');
    Atomics.store(posted, 0, 1);
    Atomics.notify(posted, 0);
  `, { eval: true, workerData: { port: theirs, posted }, transferList: [theirs] });
  mine.on('message', (m) => console.log('parent got', m));
  mine.on('close', () => console.log('parent port close'));
  Atomics.wait(posted, 0, 0, 30000);
  console.log('worker posted', Atomics.load(posted, 0));
  mine.close();
  worker.on('exit', (code) => console.log('worker exit', code));
}

// Transferring ArrayBuffers to a worker and back: the sender's buffer and views detach, the worker writes into the
// moved memory; markAsUntransferable/isMarkedAsUntransferable (a marked buffer can still be copied), and a
// MessagePort moved into a worker through workerData.
const { Worker, MessageChannel, markAsUntransferable, isMarkedAsUntransferable } = require('node:worker_threads');

const ab = new ArrayBuffer(8);
const view = new Uint8Array(ab);
view.set([1, 2, 3, 4, 5, 6, 7, 8]);
const { port1, port2 } = new MessageChannel();

const worker = new Worker(`
  const { parentPort, workerData } = require('node:worker_threads');
  parentPort.once('message', ({ ab, copy }) => {
    const bytes = new Uint8Array(ab);
    for (let i = 0; i < bytes.length; i++) bytes[i] *= 10;
    parentPort.postMessage({ ab, copy }, [ab]);
    parentPort.postMessage({ after: ab.byteLength, copyAfter: copy.byteLength });
    workerData.port.postMessage('hello through the port from workerData');
    workerData.port.close();
  });
`, { eval: true, workerData: { port: port2 }, transferList: [port2] });

const copied = new ArrayBuffer(3);
worker.postMessage({ ab, copy: copied }, [ab]);
console.log('sender after transfer', ab.byteLength, ab.detached, view.length, view.byteOffset, copied.byteLength,
  copied.detached);
try {
  view[0] = 1;
  console.log('write to a detached view is ignored', view[0]);
} catch (e) {
  console.log('write threw', e.name);
}
const replies = [];
worker.on('message', (m) => {
  replies.push(m);
  if (replies.length === 2) {
    const [back, after] = replies;
    console.log('back', [...new Uint8Array(back.ab)], back.copy.byteLength);
    console.log('worker side', after);
  }
});
let fromPort;
let exitCode;
const bothDone = () => {
  if (fromPort === undefined || exitCode === undefined) return;
  console.log('exit', exitCode, 'port said', fromPort);
  untransferable();
};
port1.on('message', (m) => {
  fromPort = m;
  port1.close();
  bothDone();
});
worker.on('exit', (code) => {
  exitCode = code;
  bothDone();
});

function untransferable() {
  const mine = new ArrayBuffer(4);
  console.log('marked before', isMarkedAsUntransferable(mine));
  markAsUntransferable(mine);
  console.log('marked after', isMarkedAsUntransferable(mine), isMarkedAsUntransferable({}), isMarkedAsUntransferable(1));
  const ch = new MessageChannel();
  const big = Buffer.allocUnsafeSlow(16);
  console.log('allocUnsafeSlow marked', isMarkedAsUntransferable(big.buffer));
  ch.port1.postMessage(mine);
  console.log('copying is fine', mine.byteLength);
  ch.port1.close();
}

// What keeps a worker's event loop alive: a 'message' listener on parentPort or on a port of its own, an
// addEventListener('message'), a BroadcastChannel with onmessage; not a port without listeners, an unref'd port
// or channel, a removed listener, or an unref'd interval. Each worker arms an unref'd timer: it fires (and
// releases what held the loop) only in a worker that something keeps alive; the others end at once.
const { Worker } = require('node:worker_threads');

const prelude = `
  const { parentPort, MessageChannel, BroadcastChannel } = require('node:worker_threads');
  const later = (release) => setTimeout(() => { parentPort.postMessage('still alive'); release(); }, 50).unref();
`;
const cases = [
  ['parentPort.on', 'parentPort.on("message", () => {}); later(() => parentPort.unref());'],
  ['parentPort listener removed', 'const f = () => {}; parentPort.on("message", f); parentPort.off("message", f); later(() => {});'],
  ['parentPort.unref', 'parentPort.on("message", () => {}); parentPort.unref(); later(() => {});'],
  ['addEventListener', 'parentPort.addEventListener("message", () => {}); later(() => parentPort.close());'],
  ['own channel with listener', 'const { port1 } = new MessageChannel(); port1.on("message", () => {}); later(() => port1.close());'],
  ['own channel without listener', 'const { port1, port2 } = new MessageChannel(); port2.postMessage(1); later(() => {});'],
  ['BroadcastChannel onmessage', 'const bc = new BroadcastChannel("alive"); bc.onmessage = () => {}; later(() => bc.close());'],
  ['BroadcastChannel unref', 'const bc = new BroadcastChannel("alive"); bc.onmessage = () => {}; bc.unref(); later(() => {});'],
  ['unref interval', 'setInterval(() => {}, 10).unref(); later(() => {});'],
];

function run([label, body]) {
  return new Promise((resolve) => {
    const worker = new Worker(prelude + body, { eval: true });
    const seen = [];
    worker.on('message', (m) => seen.push(m));
    worker.on('error', (e) => seen.push(`error ${e.message}`));
    worker.on('exit', (code) => {
      resolve(`${label.padEnd(30)} ${seen.length ? seen.join(', ') : 'ended at once'} exit ${code}`);
    });
  });
}

// All at once; the lines are printed in the order of the cases.
Promise.all(cases.map(run)).then((lines) => console.log(lines.join('\n')));

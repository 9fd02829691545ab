// A worker that ends (terminated, or by itself) ends the workers it started first: a port the inner worker holds
// closes before the outer worker's exit is reported, even when the inner one is busy in a loop.
const { Worker, MessageChannel } = require('node:worker_threads');

const outerCode = `
const { Worker, parentPort, workerData } = require('node:worker_threads');
const inner = new Worker(\`
  const { workerData } = require('node:worker_threads');
  workerData.port.postMessage('inner running');
  setInterval(() => {}, 1000);
\`, { eval: true, workerData: { port: workerData.port }, transferList: [workerData.port] });
`;
const { port1, port2 } = new MessageChannel();
const outer = new Worker(outerCode, { eval: true, workerData: { port: port2 }, transferList: [port2] });
let exitCode;
outer.on('exit', (code) => { exitCode = code; console.log('outer exit', code); });
port1.on('close', () => console.log('port closed'));
port1.once('message', (m) => {
  console.log('message from the inner worker:', m);
  outer.terminate().then((code) => { console.log('terminate resolved', code); secondScenario(); });
});

// A worker that exits by itself also stops the busy worker it started.
function secondScenario() {
  const { port1: mine, port2: theirs } = new MessageChannel();
  const exiting = new Worker(`
    const { Worker, workerData } = require('node:worker_threads');
    const inner = new Worker(\`
      const { workerData, parentPort } = require('node:worker_threads');
      workerData.port.postMessage('busy inner started');
      parentPort.postMessage('started');
      for (;;) {}
    \`, { eval: true, workerData: { port: workerData.port }, transferList: [workerData.port] });
    // Exits once the inner worker is busy (its message to the main thread is posted by then).
    inner.on('message', () => process.exit(3));
  `, { eval: true, workerData: { port: theirs }, transferList: [theirs] });
  mine.on('message', (m) => console.log(m));
  mine.on('close', () => console.log('busy inner port closed'));
  exiting.on('exit', (code) => console.log('exiting worker exit', code));
}

// receiveMessageOnPort() next to listeners: it takes the oldest queued message even while a 'message' listener is
// attached (the listener then gets only the rest), it still reads what reached a port whose peer has closed, it gives
// undefined on an empty port, refuses non-ports, and in a worker it reads parentPort synchronously the
// messages the main thread posted before the worker started.
const { Worker, MessageChannel, receiveMessageOnPort } = require('node:worker_threads');

function check(label, fn) {
  try {
    console.log(label, fn());
  } catch (e) {
    console.log(label, e.name, e.code, e.message);
  }
}

const { port1, port2 } = new MessageChannel();
const delivered = [];
port2.on('message', (m) => {
  delivered.push(m);
  if (delivered.length === 2) {
    console.log('listener got', delivered);
    afterPeerClosed();
  }
});
port1.postMessage('one');
port1.postMessage('two');
port1.postMessage('three');
console.log('taken synchronously', receiveMessageOnPort(port2));

function afterPeerClosed() {
  const ch = new MessageChannel();
  ch.port1.postMessage({ queued: 1 });
  ch.port1.postMessage({ queued: 2 });
  ch.port1.close();
  check('after peer close', () => JSON.stringify([receiveMessageOnPort(ch.port2), receiveMessageOnPort(ch.port2)]));
  check('then empty', () => receiveMessageOnPort(ch.port2));
  check('not a port', () => receiveMessageOnPort({ postMessage() {} }));
  check('no argument', () => receiveMessageOnPort());
  port1.close();
  inWorker();
}

function inWorker() {
  const worker = new Worker(`
    const { parentPort, receiveMessageOnPort } = require('node:worker_threads');
    const got = [];
    for (let m = receiveMessageOnPort(parentPort); m !== undefined; m = receiveMessageOnPort(parentPort)) {
      got.push(m.message);
      if (m.message === 'end') break;
    }
    parentPort.postMessage(got);
    parentPort.once('message', (late) => parentPort.postMessage('late one by listener: ' + late));
  `, { eval: true });
  for (const m of ['a', 1, { b: 2 }, 'end']) worker.postMessage(m);
  worker.once('message', (got) => {
    console.log('worker read synchronously', JSON.stringify(got));
    worker.postMessage('z');
    worker.once('message', (m) => console.log(m));
  });
  worker.on('exit', (code) => console.log('worker exit', code));
}

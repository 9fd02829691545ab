// Errors: an uncaught exception in a worker becomes the parent's 'error' event (and exit code 1); bad filenames
// and options; what postMessage refuses to clone or transfer.
const { Worker, MessageChannel, MessagePort, receiveMessageOnPort } = require('worker_threads');

function show(fn) {
  try {
    fn();
    console.log('no error');
  } catch (e) {
    console.log(`${e.name} ${e.code ?? ''}: ${e.message}`);
  }
}

show(() => new Worker('relative.js'));
show(() => new Worker('file:///x.js'));
show(() => new Worker(42));
show(() => new MessagePort());
show(() => receiveMessageOnPort({}));
const { port1, port2 } = new MessageChannel();
show(() => port1.postMessage(() => {}));
show(() => port1.postMessage(Symbol('s')));
show(() => port1.postMessage({ port: port2 }));
show(() => port1.postMessage(null, [port1]));
show(() => port1.postMessage(null, [{}]));
const ab = new ArrayBuffer(4);
show(() => port1.postMessage(null, [ab, ab]));
port1.close();

const w = new Worker('throw new RangeError("out of range in worker")', { eval: true });
w.on('error', (e) => console.log('error event:', e.constructor.name, e.message));
w.on('exit', (code) => {
  console.log('exit', code);
  const thrower = new Worker('process.on("uncaughtException", (e) => { console.log("caught in worker:", e.message); }); throw new Error("handled")', { eval: true });
  thrower.on('error', () => console.log('unexpected error event'));
  thrower.on('exit', (c) => console.log('handled exit', c));
});

// MessagePort events as Node dispatches them: MessageEvent with target and ports for standard listeners, the value
// for on('message'), custom events through emit(), transfer lists as any iterable or { transfer }, the messages that
// wait while no 'message' listener is attached, and a port posted through its own channel.
const { MessageChannel } = require('worker_threads');

const { port1, port2 } = new MessageChannel();
const extra = new MessageChannel();
port2.onmessage = (event) => {
  console.log(event.constructor.name, event.data, event.target === port2, event.ports.length, event.ports[0] === extra.port2);
  port2.onmessage = null;
  step2();
};
port1.postMessage('first', [extra.port2]);

function step2() {
  port2.addEventListener('foo', (e) => console.log('foo event', e.type, e.detail));
  port2.on('foo', (value) => console.log('foo value', value));
  port2.emit('foo', 'bar');
  for (const list of [0, 'X', { transfer: null }, { transfer: {} }]) {
    try { port1.postMessage(1, list); } catch (e) { console.log(e.code, e.message); }
  }
  const ab = new ArrayBuffer(4);
  port1.postMessage({ ab }, (function* () { yield ab; })());
  port1.postMessage('second', { transfer: [] });
  console.log('transferred', ab.byteLength);
  setImmediate(() => {
    port2.on('message', (m) => {
      console.log('late listener got', m);
      if (m === 'second') {
        port2.close();
        const lost = new MessageChannel();
        process.on('warning', (w) => console.log('warning:', w.message));
        lost.port2.postMessage(null, [lost.port1]);
        lost.port1.on('close', () => console.log('lost channel closed'));
      }
    });
  });
}

// MessagePort lifecycle within one thread: in Node addEventListener('message') starts the port by itself (start()
// is then harmless), ref/unref/hasRef, close() twice, posting to a closed peer, a port transferred with messages
// still queued in it keeps them in order, and the 'close' events.
const { MessageChannel, receiveMessageOnPort } = require('node:worker_threads');

const log = [];
const a = new MessageChannel();
a.port2.addEventListener('message', (e) => {
  log.push(`listener ${e.data}`);
  if (log.length < 2) return;
  // Both arrived without start(); calling it now changes nothing.
  a.port2.start();
  console.log(log.join(' / '), '(no start() needed)');
  a.port1.close();
  refs();
});
a.port1.postMessage('m1');
a.port1.postMessage('m2');

function refs() {
  const { port1, port2 } = new MessageChannel();
  console.log('hasRef fresh', port1.hasRef(), port2.hasRef());
  port2.on('message', () => {});
  console.log('after on(message)', port2.hasRef());
  port2.unref();
  console.log('after unref', port2.hasRef());
  port2.ref();
  console.log('after ref', port2.hasRef());
  port2.removeAllListeners('message');
  console.log('listeners removed', port2.hasRef());
  port1.close();
  port1.close();
  port2.once('close', () => {
    console.log('closed; hasRef', port2.hasRef(), port1.hasRef());
    port2.postMessage('to nowhere');
    console.log('post to closed is silent');
    queuedTransfer();
  });
}

function queuedTransfer() {
  const inner = new MessageChannel();
  inner.port1.postMessage('queued 1');
  inner.port1.postMessage({ queued: 2 });
  const outer = new MessageChannel();
  outer.port1.postMessage({ port: inner.port2 }, [inner.port2]);
  const { message } = receiveMessageOnPort(outer.port2);
  const moved = message.port;
  console.log('moved is a new object', moved !== inner.port2, moved.constructor.name);
  console.log('queued arrive', receiveMessageOnPort(moved), receiveMessageOnPort(moved), receiveMessageOnPort(moved));
  const order = [];
  moved.on('message', (m) => {
    order.push(m);
    if (order.length === 3) {
      console.log('order', order);
      inner.port1.close();
    }
  });
  moved.on('close', () => {
    console.log('moved port close');
    outer.port1.close();
  });
  inner.port1.postMessage('a');
  inner.port1.postMessage('b');
  inner.port1.postMessage('c');
  outer.port2.on('message', () => {});
  outer.port2.on('close', () => console.log('outer close'));
}

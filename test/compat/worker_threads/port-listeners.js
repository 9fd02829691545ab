// MessagePort's EventEmitter side: which emitter methods it has (no prepend*), once() fires for one message,
// off()/removeListener() stop delivery, listenerCount, listeners run in registration order; removing the last
// listener with off() stops the port so later messages wait for the next listener, while removeAllListeners()
// leaves it running and messages arriving meanwhile are dropped.
const { MessageChannel } = require('node:worker_threads');

const { port1, port2 } = new MessageChannel();
console.log(['on', 'once', 'off', 'addListener', 'removeListener', 'removeAllListeners', 'listenerCount', 'emit',
  'prependListener', 'listeners', 'eventNames', 'setMaxListeners'].map((k) => `${k}:${typeof port2[k]}`).join(' '));
const log = [];
const a = (m) => log.push(`a:${m}`);
const b = (m) => log.push(`b:${m}`);
const c = (m) => log.push(`c:${m}`);
port2.once('message', (m) => log.push(`once:${m}`));
port2.on('message', a);
port2.on('message', b);
port2.addListener('message', c);
console.log('count', port2.listenerCount('message'));

const step = () => new Promise((resolve) => setTimeout(resolve, 30));

(async () => {
  port1.postMessage(1);
  await step();
  console.log('after 1:', log.splice(0).join(' '), 'count', port2.listenerCount('message'));
  port2.off('message', a);
  port1.postMessage(2);
  await step();
  console.log('after 2:', log.splice(0).join(' '), 'count', port2.listenerCount('message'));
  port2.removeListener('message', b);
  port1.postMessage(3);
  await step();
  console.log('after 3:', log.splice(0).join(' '), 'count', port2.listenerCount('message'));
  port2.off('message', c);
  port1.postMessage(4);
  await step();
  console.log('after off of the last listener:', log.length, 'delivered');
  port2.on('message', a);
  await step();
  port1.postMessage(5);
  await step();
  console.log('listener back:', log.splice(0).join(' '));
  port2.removeAllListeners('message');
  console.log('count after removeAllListeners', port2.listenerCount('message'));
  port1.postMessage(6);
  await step();
  port2.on('message', b);
  port1.postMessage(7);
  await step();
  console.log('after removeAllListeners and a new listener:', log.splice(0).join(' '));
  port2.on('close', () => console.log('closed'));
  port1.close();
})();

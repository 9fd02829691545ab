// MessagePort as an EventTarget and an emitter at once: listeners of both kinds and onmessage run in the order they
// were added and share one deserialized value; handleEvent objects, { once: true }, { signal }, removeEventListener,
// the onmessage getter and replacing it, listenerCount, and an exception in a listener reaching 'uncaughtException'
// without stopping later messages.
const { MessageChannel } = require('node:worker_threads');

const { port1, port2 } = new MessageChannel();
const log = [];
const seen = [];
let round = 0;

const first = (e) => { log.push(`add:first ${e.data.n}`); seen.push(e.data); };
const viaOn = (value) => { log.push(`on ${value.n}`); seen.push(value); };
const handler = { handleEvent(e) { log.push(`handleEvent ${e.data.n} this-ok=${this === handler}`); } };
const controller = new AbortController();

port2.addEventListener('message', first);
port2.on('message', viaOn);
port2.addEventListener('message', (e) => log.push(`once ${e.data.n}`), { once: true });
port2.addEventListener('message', handler);
port2.addEventListener('message', (e) => log.push(`signal ${e.data.n}`), { signal: controller.signal });
const onmessage = (e) => log.push(`onmessage ${e.data.n} ${e.type} ${e.constructor.name}`);
port2.onmessage = onmessage;
console.log('getter', port2.onmessage === onmessage, 'listenerCount', port2.listenerCount('message'));
port2.on('message', (value) => {
  log.push(`last ${value.n}`);
  round++;
  console.log(`round ${round}:`, log.join(', '));
  console.log('  same value for every listener', seen.length === 2 && seen[0] === seen[1]);
  log.length = 0;
  seen.length = 0;
  if (round === 1) {
    controller.abort();
    port2.removeEventListener('message', handler);
    port2.onmessage = (e) => log.push(`new onmessage ${e.data.n}`);
    console.log('  listenerCount now', port2.listenerCount('message'));
    port1.postMessage({ n: 2 });
  } else if (round === 2) {
    port2.onmessage = null;
    port2.off('message', viaOn);
    port2.removeEventListener('message', first);
    console.log('  getter after null', port2.onmessage, 'listenerCount', port2.listenerCount('message'));
    port2.addEventListener('message', (e) => {
      if (e.data.n === 3) throw new Error('thrown by a listener');
    });
    port1.postMessage({ n: 3 });
    port1.postMessage({ n: 4 });
  } else if (round === 4) {
    port1.close();
  }
});
process.on('uncaughtException', (err) => console.log('uncaughtException:', err.message));
port2.on('close', () => console.log('closed after', round, 'rounds'));
port1.postMessage({ n: 1 });

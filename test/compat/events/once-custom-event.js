// Node-style listeners on an EventTarget receive the Event; once() resolves with it.
const { once, on, EventEmitter } = require('events');
(async () => {
  const target = new EventTarget();
  setImmediate(() => target.dispatchEvent(new CustomEvent('msg', { detail: 'hello' })));
  const [ev] = await once(target, 'msg');
  console.log(ev.constructor.name, ev.detail, ev.isTrusted);
  // An emitter that also has addEventListener is used as an emitter.
  const hybrid = new EventEmitter();
  hybrid.addEventListener = () => console.log('not used');
  setImmediate(() => hybrid.emit('msg', 'as emitter'));
  console.log(await once(hybrid, 'msg'));
  console.log(typeof on);
})();

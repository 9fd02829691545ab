// MaxListenersExceededWarning for EventTarget, and the warning for a null listener.
const { setMaxListeners } = require('events');
process.on('warning', (w) => console.log(w.name, w.message, w.type, w.count, w.target instanceof EventTarget));
const t = new EventTarget();
for (let i = 0; i < 11; i++) t.addEventListener('foo', () => {});
t.addEventListener('foo', () => {});
const small = new EventTarget();
setMaxListeners(2, small);
for (let i = 0; i < 3; i++) small.addEventListener('bar', () => {});
const ac = new AbortController();
for (let i = 0; i < 20; i++) ac.signal.addEventListener('abort', () => {});
class Custom extends EventTarget {}
const c = new Custom();
for (let i = 0; i < 11; i++) c.addEventListener('baz', () => {});
t.addEventListener('foo', null);
t.addEventListener('foo', undefined);

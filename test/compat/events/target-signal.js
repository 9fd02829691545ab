// The signal option removes the listener when the signal aborts; an aborted signal adds nothing.
const t = new EventTarget();
const ac = new AbortController();
let count = 0;
t.addEventListener('x', () => count++, { signal: ac.signal });
t.dispatchEvent(new Event('x'));
ac.abort();
t.dispatchEvent(new Event('x'));
console.log(count);
t.addEventListener('x', () => count++, { signal: AbortSignal.abort() });
t.dispatchEvent(new Event('x'));
console.log(count);
const { getEventListeners } = require('events');
console.log(getEventListeners(t, 'x').length, getEventListeners(ac.signal, 'abort').length);

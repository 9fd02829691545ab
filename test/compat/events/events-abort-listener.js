const { addAbortListener } = require('events');
const ac = new AbortController();
const order = [];
ac.signal.addEventListener('abort', (ev) => { order.push('user'); ev.stopImmediatePropagation(); });
const disposable = addAbortListener(ac.signal, () => order.push('added'));
const removed = addAbortListener(ac.signal, () => order.push('disposed'));
removed[Symbol.dispose]();
console.log(typeof disposable[Symbol.dispose], Object.getPrototypeOf(disposable));
ac.abort();
console.log(order);
addAbortListener(AbortSignal.abort(), () => console.log('aborted signal: called in a microtask'));
console.log('sync first');
function attempt(fn) {
  try {
    fn();
  } catch (err) {
    console.log(err.code, err.message);
  }
}
attempt(() => addAbortListener());
attempt(() => addAbortListener(null, () => {}));
attempt(() => addAbortListener({}, () => {}));
attempt(() => addAbortListener(new AbortController().signal));

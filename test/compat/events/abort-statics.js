const a = AbortSignal.abort();
console.log(a.aborted, a.reason.name, a.reason.message, a.reason.code);
console.log(AbortSignal.abort('why').reason, AbortSignal.abort(undefined).reason.name);

// any(): aborted at once when a source already is; follows the first source that aborts.
const already = AbortSignal.any([new AbortController().signal, AbortSignal.abort('early'), AbortSignal.abort('later')]);
console.log(already.aborted, already.reason);
const empty = AbortSignal.any([]);
console.log(empty.aborted, empty instanceof AbortSignal);
const c1 = new AbortController();
const c2 = new AbortController();
const both = AbortSignal.any(new Set([c1.signal, c2.signal]));
const nested = AbortSignal.any([both]);
const order = [];
c1.signal.addEventListener('abort', () => order.push(`source:${both.aborted}`));
both.addEventListener('abort', (ev) => order.push(`any:${both.reason}:${ev.isTrusted}`));
nested.addEventListener('abort', () => order.push(`nested:${nested.reason}`));
c2.abort('c2 reason');
c1.abort('c1 reason');
console.log(order, both.reason, nested.reason);

// timeout(): a TimeoutError DOMException, on an unref'd timer.
const t = AbortSignal.timeout(10);
console.log(t.aborted);
t.onabort = () => console.log('timed out', t.reason.name, t.reason.code, t.reason.message);
setTimeout(() => console.log('later', t.aborted), 60);
AbortSignal.timeout(1e6).addEventListener('abort', () => console.log('never: unref\'d'));

const ac = new AbortController();
const { signal } = ac;
console.log(signal.aborted, signal.reason, signal.onabort, signal === ac.signal);
const seen = [];
signal.addEventListener('abort', function (ev) {
  seen.push([ev.type, ev.isTrusted, ev.cancelable, this === signal, ev.target === signal, signal.aborted]);
});
signal.onabort = (ev) => seen.push(['onabort', ev.type]);
console.log(typeof signal.onabort);
ac.abort();
ac.abort('second call ignored');
console.log(seen);
console.log(signal.aborted, signal.reason.name, signal.reason.code, signal.reason.message);
console.log(signal.reason instanceof DOMException, signal.reason instanceof Error);
try {
  signal.throwIfAborted();
} catch (err) {
  console.log('threw', err === signal.reason);
}
new AbortController().signal.throwIfAborted();
const withReason = new AbortController();
withReason.abort({ why: 'custom' });
console.log(withReason.signal.reason);
const undef = new AbortController();
undef.abort(undefined);
console.log(undef.signal.reason.name);
const nul = new AbortController();
nul.abort(null);
console.log(nul.signal.reason);
console.log(Object.prototype.toString.call(ac), Object.prototype.toString.call(signal));
console.log(Object.getOwnPropertyNames(AbortController.prototype), Object.getOwnPropertyNames(AbortSignal.prototype));
console.log(Object.getOwnPropertyNames(AbortSignal));
const onabort = Object.getOwnPropertyDescriptor(AbortSignal.prototype, 'onabort');
console.log(onabort.get.name, onabort.set.name, onabort.enumerable);
console.log(AbortSignal.abort.length, AbortSignal.timeout.length, AbortSignal.any.length);

function attempt(fn) {
  try {
    fn();
    console.log('no error');
  } catch (err) {
    console.log(err.name, err.code, err.message);
  }
}
attempt(() => new AbortSignal());
attempt(() => AbortSignal.prototype.aborted);
attempt(() => Object.getOwnPropertyDescriptor(AbortSignal.prototype, 'reason').get.call({}));
attempt(() => AbortSignal.prototype.throwIfAborted.call(new EventTarget()));
attempt(() => AbortSignal.timeout());
attempt(() => AbortSignal.timeout('1'));
attempt(() => AbortSignal.timeout(-1));
attempt(() => AbortSignal.timeout(1.5));
attempt(() => AbortSignal.timeout(2 ** 32));
attempt(() => AbortSignal.any());
attempt(() => AbortSignal.any(1));
attempt(() => AbortSignal.any({}));
attempt(() => AbortSignal.any([1]));
attempt(() => AbortSignal.any([AbortSignal.abort(), {}]));
attempt(() => AbortSignal.any('ab'));
attempt(() => AbortSignal.abort().throwIfAborted());
attempt(() => AbortSignal.abort('plain reason').throwIfAborted());
// The engine's own TypeError (its wording is the engine's), as Node's private fields give.
for (const fn of [
  () => new AbortController().signal.constructor(),
  () => Object.getOwnPropertyDescriptor(AbortController.prototype, 'signal').get.call({}),
  () => AbortController.prototype.abort.call(null),
  () => AbortController.prototype.abort.call({ __proto__: AbortController.prototype }),
]) {
  try {
    fn();
  } catch (err) {
    console.log(err.name, err.code);
  }
}

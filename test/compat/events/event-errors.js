function attempt(fn) {
  try {
    fn();
    console.log('no error');
  } catch (err) {
    console.log(err.name, err.code, err.message);
  }
}
attempt(() => new Event());
attempt(() => new Event('a', 1));
attempt(() => new Event('a', 'str'));
attempt(() => new CustomEvent());
attempt(() => Event.prototype.type);
attempt(() => Object.getOwnPropertyDescriptor(Event.prototype, 'defaultPrevented').get.call({}));
attempt(() => Event.prototype.preventDefault.call({}));
attempt(() => Event.prototype.stopImmediatePropagation.call(1));
attempt(() => Object.getOwnPropertyDescriptor(CustomEvent.prototype, 'detail').get.call(new Event('x')));
attempt(() => Event.prototype.isTrusted);
attempt(() => new EventTarget().addEventListener('x'));
attempt(() => new EventTarget().addEventListener());
attempt(() => new EventTarget().addEventListener('x', 1));
attempt(() => new EventTarget().addEventListener('x', 'str'));
attempt(() => new EventTarget().addEventListener('x', () => {}, 'str'));
attempt(() => new EventTarget().addEventListener('x', () => {}, { signal: 1 }));
attempt(() => new EventTarget().addEventListener('x', () => {}, { signal: {} }));
attempt(() => new EventTarget().removeEventListener('x'));
attempt(() => new EventTarget().dispatchEvent());
attempt(() => new EventTarget().dispatchEvent('x'));
attempt(() => new EventTarget().dispatchEvent({ type: 'x' }));
attempt(() => EventTarget.prototype.addEventListener.call({}, 'x', () => {}));
attempt(() => EventTarget.prototype.dispatchEvent.call({}, new Event('x')));
attempt(() => EventTarget.prototype.removeEventListener.call(null, 'x', () => {}));

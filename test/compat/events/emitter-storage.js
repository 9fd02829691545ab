'use strict';
// The observable details of EventEmitter's listener storage: wrappers, slots, names and removal order.
const EventEmitter = require('events');

const show = (label, value) => console.log(label, value);

// once() wrappers: a plain function named "wrapper" that points at the original listener.
{
  const emitter = new EventEmitter();
  function original() {}
  emitter.once('x', original);
  const [wrapper] = emitter.rawListeners('x');
  show('wrapper', [wrapper.name, wrapper.length, typeof wrapper.prototype, wrapper.listener === original]);
  show('listeners unwrap', emitter.listeners('x')[0] === original);
  wrapper();
  show('after direct call', emitter.listenerCount('x'), wrapper());
}

// A falsy `.listener` property: newListener uses ??, listeners() uses ||.
{
  const emitter = new EventEmitter();
  const fn = () => {};
  fn.listener = 0;
  emitter.on('newListener', (type, listener) => show('newListener', [type, listener === fn, listener]));
  emitter.on('a', fn);
  show('listeners falsy', emitter.listeners('a')[0] === fn);
}

// An instance that brings its own _events keeps emptied names as undefined slots.
{
  function Custom() {
    this._events = { __proto__: null };
    EventEmitter.call(this);
  }
  Object.setPrototypeOf(Custom.prototype, EventEmitter.prototype);
  const custom = new Custom();
  const fn = () => {};
  custom.on('a', fn).on('b', fn).off('a', fn);
  show('shape keys', Reflect.ownKeys(custom._events), custom.eventNames(), custom._eventsCount);
  custom.off('b', fn);
  show('shape emptied', custom._events, custom._eventsCount);
  custom.on('c', fn);
  custom.removeAllListeners('c');
  show('removeAll one', custom._events);
  custom.on('d', fn).on('d', fn);
  custom.removeAllListeners();
  show('removeAll', custom._events, custom);
}

// eventNames() skips undefined slots and trusts _eventsCount.
{
  const emitter = new EventEmitter();
  const fn = () => {};
  emitter._events = { __proto__: null, a: fn };
  emitter._eventsCount = 0;
  show('count 0', emitter.eventNames());
  emitter._events = { __proto__: null, a: fn, b: undefined };
  emitter._eventsCount = 2;
  show('undefined slot', emitter.eventNames());
}

// removeListener reports the unwrapped listener for a single slot, the argument for an array.
{
  const emitter = new EventEmitter();
  const seen = [];
  function first() {}
  function second() {}
  emitter.once('x', first);
  emitter.on('removeListener', (type, listener) => seen.push(`${String(type)}:${listener.name}`));
  emitter.emit('x');
  emitter.once('y', first);
  emitter.once('y', second);
  emitter.removeAllListeners('y');
  emitter.on('z', first).on('z', second).on(Symbol('s'), first);
  emitter.removeAllListeners();
  show('removals', seen);
  show('after removeAll', emitter._events, emitter._eventsCount);
}

// removeAllListeners(undefined) removes the listeners of the event named undefined only.
{
  const emitter = new EventEmitter();
  emitter.on(undefined, () => {}).on('keep', () => {});
  emitter.removeAllListeners(undefined);
  show('undefined name', emitter.eventNames());
}

// _maxListeners of null is returned as it is.
{
  const emitter = new EventEmitter();
  emitter._maxListeners = null;
  show('null max', emitter.getMaxListeners(), EventEmitter.getMaxListeners(emitter));
}

// Shapes of the module.
show('statics', Object.keys(EventEmitter).filter((key) => key !== 'EventEmitterAsyncResource'));
show('static names', ['setMaxListeners', 'listenerCount', 'once', 'on', 'init']
  .map((key) => [key, EventEmitter[key].name, EventEmitter[key].length]));
show('descriptors', ['captureRejections', 'defaultMaxListeners'].map((key) => {
  const { enumerable, configurable } = Object.getOwnPropertyDescriptor(EventEmitter, key);
  return [key, enumerable, configurable];
}));
show('methods', Object.getOwnPropertyNames(EventEmitter.prototype)
  .map((key) => [key, EventEmitter.prototype[key]?.name, EventEmitter.prototype[key]?.length]));
show('empty emitter', new EventEmitter());

// The events.on() iterator's own keys.
show('iterator keys', Object.keys(EventEmitter.on(new EventEmitter(), 'x')));

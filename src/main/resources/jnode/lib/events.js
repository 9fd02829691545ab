'use strict';

// node:events. Listener storage keeps the layout user code and streams read directly: `_events` is a
// null-prototype map from event name to either one function or, from the second listener on, an array.

const { codes: { ERR_INVALID_ARG_TYPE, ERR_UNHANDLED_ERROR }, AbortError } =
  require('internal/errors');
const {
  validateAbortSignal, validateFunction, validateInteger, validateNumber, validateObject,
} = require('internal/validators');

const kCapture = Symbol('kCapture');
const kErrorMonitor = Symbol('events.errorMonitor');
const kRejection = Symbol.for('nodejs.rejection');
const kMaxEventTargetListeners = Symbol('events.maxEventTargetListeners');
const kMaxEventTargetListenersWarned = Symbol('events.maxEventTargetListenersWarned');
const kIsEventTarget = Symbol.for('nodejs.event_target');
// Set when a subclass put its own `_events` on the instance before the constructor ran: such an emitter
// keeps an emptied name as an `undefined` slot instead of deleting it, so the map's shape stays stable.
const kKeepEmptySlots = Symbol('shapeMode');

let defaultMaxListeners = 10;

// internal/event_target requires this module, so it is loaded only once an EventTarget is involved.
const eventTargetModule = () => require('internal/event_target');
const inspect = (value, options) => require('internal/util/inspect').inspect(value, options);

const isEventTarget = (value) => value?.constructor?.[kIsEventTarget] === true;
const freshEventMap = () => ({ __proto__: null });
const limitOf = (emitter) => (emitter._maxListeners === undefined ? defaultMaxListeners : emitter._maxListeners);

// --- one event name's slot: undefined, a function, or an array of functions -------------------------

const entriesOf = (slot) => {
  if (slot === undefined) return [];
  return typeof slot === 'function' ? [slot] : slot.slice();
};
// A once() wrapper answers for the listener it wraps.
const standsFor = (entry, listener) => entry === listener || entry.listener === listener;
const originalOf = (entry) => entry.listener || entry;

function lastIndexStandingFor(list, listener) {
  let index = list.length;
  while (index-- > 0) {
    if (standsFor(list[index], listener)) break;
  }
  return index;
}

// Empties the slot of `type`, or the whole map when it was the last one.
function forgetEventName(emitter, events, type) {
  emitter._eventsCount -= 1;
  if (emitter[kKeepEmptySlots]) events[type] = undefined;
  else if (emitter._eventsCount === 0) emitter._events = freshEventMap();
  else delete events[type];
}

function resetEvents(emitter) {
  emitter._events = freshEventMap();
  emitter._eventsCount = 0;
  emitter[kKeepEmptySlots] = false;
}

// --- adding ------------------------------------------------------------------------------------------

function leakWarning(emitter, type, count, limit) {
  const message = 'Possible EventEmitter memory leak detected. ' +
    `${count} ${String(type)} listeners added to ${inspect(emitter, { depth: -1 })}. ` +
    `MaxListeners is ${limit}. Use emitter.setMaxListeners() to increase limit`;
  return Object.assign(new Error(message), { name: 'MaxListenersExceededWarning', emitter, type, count });
}

function insertListener(emitter, type, listener, atFront) {
  validateFunction(listener, 'listener');
  let events = emitter._events;
  if (events === undefined) {
    events = emitter._events = freshEventMap();
    emitter._eventsCount = 0;
  } else if (events.newListener !== undefined) {
    emitter.emit('newListener', type, listener.listener ?? listener);
    events = emitter._events; // a newListener listener may have replaced the map
  }
  const slot = events[type];
  if (slot === undefined) {
    events[type] = listener;
    emitter._eventsCount += 1;
    return emitter;
  }
  const list = typeof slot === 'function' ? (events[type] = [slot]) : slot;
  if (atFront) list.unshift(listener);
  else list.push(listener);
  const limit = limitOf(emitter);
  if (limit > 0 && list.length > limit && !list.warned) {
    list.warned = true; // one warning per event name
    process.emitWarning(leakWarning(emitter, type, list.length, limit));
  }
  return emitter;
}

// A once() listener is a plain function that unregisters itself before the first call reaches the original.
function onceWrapperFor(emitter, type, listener) {
  let fired = false;
  const wrapper = function wrapper(...args) {
    if (fired) return undefined;
    fired = true;
    emitter.removeListener(type, wrapper);
    return Reflect.apply(listener, emitter, args);
  };
  wrapper.listener = listener;
  return wrapper;
}

// --- emitting ----------------------------------------------------------------------------------------

let emitSite; // internal/events/emit_site, loaded by the first unhandled 'error' event

function throwUnhandledError(emitter, reason) {
  if (reason instanceof Error) {
    emitSite ??= require('internal/events/emit_site');
    throw emitSite.markEmitSite(emitter, reason, prototypeMethods.emit); // Unhandled 'error' event
  }
  let shown = reason;
  try {
    shown = inspect(reason);
  } catch {
    // an object inspect cannot show is reported as it is
  }
  const error = new ERR_UNHANDLED_ERROR(shown);
  error.context = reason;
  throw error;
}

// With captureRejections on, a listener's rejected promise becomes the emitter's 'error' (or goes to its
// Symbol.for('nodejs.rejection') method), one tick after the rejection.
function deliverRejection(emitter, err, type, args) {
  const custom = emitter[kRejection];
  if (typeof custom === 'function') {
    Reflect.apply(custom, emitter, [err, type, ...args]);
    return;
  }
  const captureWas = emitter[kCapture];
  emitter[kCapture] = false; // an 'error' listener that rejects again must not loop
  try {
    emitter.emit('error', err);
  } finally {
    emitter[kCapture] = captureWas;
  }
}

function watchResult(emitter, result, type, args) {
  const onRejected = (err) => process.nextTick(deliverRejection, emitter, err, type, args);
  try {
    const then = result.then;
    if (typeof then === 'function') Reflect.apply(then, result, [undefined, onRejected]);
  } catch (err) {
    emitter.emit('error', err);
  }
}

function callListener(emitter, listener, type, args) {
  const result = Reflect.apply(listener, emitter, args);
  if (result != null && emitter[kCapture]) watchResult(emitter, result, type, args);
}

// --- EventEmitter --------------------------------------------------------------------------------------

function EventEmitter(opts) {
  EventEmitter.init.call(this, opts);
}

const prototypeMethods = {
  setMaxListeners: function setMaxListeners(n) {
    validateNumber(n, 'setMaxListeners', 0);
    this._maxListeners = n;
    return this;
  },

  getMaxListeners: function getMaxListeners() {
    return limitOf(this);
  },

  emit: function emit(type, ...args) {
    const events = this._events;
    if (type === 'error') {
      if (events?.[kErrorMonitor] !== undefined) this.emit(kErrorMonitor, ...args);
      if (events?.error === undefined) throwUnhandledError(this, args[0]);
    }
    const slot = events?.[type];
    if (slot === undefined) return false;
    // The common case, one listener, allocates nothing; a list is copied, so that listeners added or removed
    // while it runs take effect from the next emit.
    if (typeof slot === 'function') {
      callListener(this, slot, type, args);
    } else {
      const listeners = slot.slice();
      for (let i = 0; i < listeners.length; i++) callListener(this, listeners[i], type, args);
    }
    return true;
  },

  addListener: function addListener(type, listener) {
    return insertListener(this, type, listener, false);
  },

  on: null, // = addListener, placed here for the property order

  prependListener: function prependListener(type, listener) {
    return insertListener(this, type, listener, true);
  },

  once: function once(type, listener) {
    validateFunction(listener, 'listener');
    this.on(type, onceWrapperFor(this, type, listener));
    return this;
  },

  prependOnceListener: function prependOnceListener(type, listener) {
    validateFunction(listener, 'listener');
    this.prependListener(type, onceWrapperFor(this, type, listener));
    return this;
  },

  removeListener: function removeListener(type, listener) {
    validateFunction(listener, 'listener');
    const events = this._events;
    const slot = events?.[type];
    if (slot === undefined) return this;
    let reported;
    if (typeof slot === 'function') {
      if (!standsFor(slot, listener)) return this;
      forgetEventName(this, events, type);
      reported = slot.listener || listener;
    } else {
      const index = lastIndexStandingFor(slot, listener);
      if (index < 0) return this;
      slot.splice(index, 1);
      if (slot.length === 1) events[type] = slot[0];
      reported = listener; // Node reports the argument here, not the unwrapped listener
    }
    if (events.removeListener !== undefined) this.emit('removeListener', type, reported);
    return this;
  },

  off: null, // = removeListener

  removeAllListeners: function removeAllListeners(type) {
    const events = this._events;
    if (events === undefined) return this;
    const everything = arguments.length === 0;
    if (events.removeListener === undefined) {
      // Nobody watches removals, so the slots can be dropped without emitting anything.
      if (everything) {
        resetEvents(this);
      } else {
        this[kKeepEmptySlots] = false;
        if (events[type] !== undefined) forgetEventName(this, events, type);
      }
      return this;
    }
    // One 'removeListener' event per listener, newest first; the removeListener listeners go last.
    const names = everything ?
      [...Reflect.ownKeys(events).filter((name) => name !== 'removeListener'), 'removeListener'] :
      [type];
    for (const name of names) {
      for (const entry of entriesOf(this._events[name]).reverse()) this.removeListener(name, entry);
    }
    if (everything) resetEvents(this);
    return this;
  },

  listeners: function listeners(type) {
    return entriesOf(this._events?.[type]).map(originalOf);
  },

  rawListeners: function rawListeners(type) {
    return entriesOf(this._events?.[type]);
  },

  listenerCount: function listenerCount(type, listener) {
    const slot = this._events?.[type];
    if (listener == null) {
      // Asked on every write and every message by the streams: counted without copying the list.
      if (slot === undefined) return 0;
      return typeof slot === 'function' ? 1 : slot.length;
    }
    return entriesOf(slot).filter((entry) => standsFor(entry, listener)).length;
  },

  eventNames: function eventNames() {
    if (!(this._eventsCount > 0)) return [];
    const events = this._events;
    return Reflect.ownKeys(events).filter((name) => events[name] !== undefined);
  },
};
prototypeMethods.on = prototypeMethods.addListener;
prototypeMethods.off = prototypeMethods.removeListener;

EventEmitter.prototype._events = undefined;
EventEmitter.prototype._eventsCount = 0;
EventEmitter.prototype._maxListeners = undefined;
Object.assign(EventEmitter.prototype, prototypeMethods);
EventEmitter.prototype[kCapture] = false;

// --- helpers that accept an EventEmitter or an EventTarget ---------------------------------------------

// Their own listeners on an EventTarget still run after a user listener calls stopImmediatePropagation.
function helperListenerOptions(once) {
  return { __proto__: null, once, [eventTargetModule().kResistStopPropagation]: true };
}

function listenOn(source, name, listener, once) {
  if (typeof source.on === 'function') {
    source[once ? 'once' : 'on'](name, listener);
  } else if (typeof source.addEventListener === 'function') {
    source.addEventListener(name, listener, helperListenerOptions(once));
  } else {
    throw new ERR_INVALID_ARG_TYPE('emitter', 'EventEmitter', source);
  }
}

function stopListening(source, name, listener) {
  if (typeof source.removeListener === 'function') {
    source.removeListener(name, listener);
  } else if (typeof source.removeEventListener === 'function') {
    source.removeEventListener(name, listener);
  } else {
    throw new ERR_INVALID_ARG_TYPE('emitter', 'EventEmitter', source);
  }
}

const abortedBy = (signal) => new AbortError(undefined, { cause: signal?.reason });

function validateSignalOption(options) {
  validateObject(options, 'options');
  const { signal } = options;
  validateAbortSignal(signal, 'options.signal');
  if (signal?.aborted) throw abortedBy(signal);
  return signal;
}

async function once(emitter, name, options = {}) {
  const signal = validateSignalOption(options);
  return new Promise((resolve, reject) => {
    // Whichever of the three fires first removes the other two.
    const detachAll = () => {
      stopListening(emitter, name, onEvent);
      if (typeof emitter.removeListener === 'function') emitter.removeListener('error', onError);
      if (signal != null) stopListening(signal, 'abort', onAbort);
    };
    const onEvent = (...args) => {
      detachAll();
      resolve(args);
    };
    const onError = (err) => {
      detachAll();
      reject(err);
    };
    const onAbort = () => {
      detachAll();
      reject(abortedBy(signal));
    };
    listenOn(emitter, name, onEvent, true);
    if (name !== 'error' && typeof emitter.once === 'function') emitter.once('error', onError);
    if (signal != null) listenOn(signal, 'abort', onAbort, true);
  });
}

const finishedResult = () => ({ value: undefined, done: true });

// The buffer behind events.on(): events not read yet, reads still waiting for an event, and flow control
// (past highWaterMark buffered events the emitter is paused, below lowWaterMark it is resumed).
class EventInbox {
  constructor(emitter, highWaterMark, lowWaterMark) {
    this.emitter = emitter;
    this.highWaterMark = highWaterMark;
    this.lowWaterMark = lowWaterMark;
    this.unread = [];
    this.waitingReads = [];
    this.pendingError = null;
    this.closed = false;
    this.paused = false;
    this.subscriptions = [];
    this.abortSubscription = null;
  }

  subscribe(name, listener) {
    listenOn(this.emitter, name, listener, false);
    this.subscriptions.push({ name, listener });
  }

  deliver(args) {
    if (this.waitingReads.length > 0) {
      this.waitingReads.shift().resolve({ value: args, done: false });
      return;
    }
    this.unread.push(args);
    if (!this.paused && this.unread.length > this.highWaterMark) {
      this.paused = true;
      this.emitter.pause();
    }
  }

  fail(err) {
    if (this.waitingReads.length > 0) this.waitingReads.shift().reject(err);
    else this.pendingError = err;
    this.close();
  }

  close() {
    this.abortSubscription?.[Symbol.dispose]();
    for (const { name, listener } of this.subscriptions.splice(0)) stopListening(this.emitter, name, listener);
    this.closed = true;
    for (const read of this.waitingReads.splice(0)) read.resolve(finishedResult());
    return Promise.resolve(finishedResult());
  }

  read() {
    if (this.unread.length > 0) {
      const value = this.unread.shift();
      if (this.paused && this.unread.length < this.lowWaterMark) {
        this.emitter.resume();
        this.paused = false;
      }
      return Promise.resolve({ value, done: false });
    }
    // A falsy error value is dropped, as in Node: the iterator then just ends.
    if (this.pendingError) {
      const err = this.pendingError;
      this.pendingError = null;
      return Promise.reject(err);
    }
    if (this.closed) return this.close();
    return new Promise((resolve, reject) => this.waitingReads.push({ resolve, reject }));
  }
}

const AsyncIteratorPrototype = Object.getPrototypeOf(Object.getPrototypeOf(async function* () {}).prototype);
const kWatermarkData = Symbol.for('nodejs.watermarkData');

function on(emitter, event, options = {}) {
  const signal = validateSignalOption(options);
  const highWaterMark = options.highWaterMark ?? options.highWatermark ?? Number.MAX_SAFE_INTEGER;
  validateInteger(highWaterMark, 'options.highWaterMark', 1);
  const lowWaterMark = options.lowWaterMark ?? options.lowWatermark ?? 1;
  validateInteger(lowWaterMark, 'options.lowWaterMark', 1);

  const inbox = new EventInbox(emitter, highWaterMark, lowWaterMark);
  const iterator = {
    __proto__: AsyncIteratorPrototype,
    next: () => inbox.read(),
    return: () => inbox.close(),
    throw(err) {
      if (!(err instanceof Error)) throw new ERR_INVALID_ARG_TYPE('EventEmitter.AsyncIterator', 'Error', err);
      inbox.fail(err);
    },
    [Symbol.asyncIterator]() {
      return this;
    },
    // Node's live view of the buffer, for readline's line iterator and its tests.
    [kWatermarkData]: {
      get size() {
        return inbox.unread.length;
      },
      low: lowWaterMark,
      high: highWaterMark,
      get isPaused() {
        return inbox.paused;
      },
    },
  };
  inbox.subscribe(event, (...args) => inbox.deliver(args));
  if (event !== 'error' && typeof emitter.on === 'function') inbox.subscribe('error', (err) => inbox.fail(err));
  const endOn = () => inbox.close();
  for (const name of options.close ?? []) inbox.subscribe(name, endOn);
  if (signal) inbox.abortSubscription = addAbortListener(signal, () => inbox.fail(abortedBy(signal)));
  return iterator;
}

function addAbortListener(signal, listener) {
  if (signal === undefined) throw new ERR_INVALID_ARG_TYPE('signal', 'AbortSignal', signal);
  validateAbortSignal(signal, 'signal');
  validateFunction(listener, 'listener');
  let unsubscribe = () => {};
  if (signal.aborted) {
    queueMicrotask(() => listener());
  } else {
    signal.addEventListener('abort', listener, helperListenerOptions(true));
    unsubscribe = () => signal.removeEventListener('abort', listener);
  }
  return { __proto__: null, [Symbol.dispose]: () => unsubscribe() };
}

const notAnEmitter = (argName, value) =>
  new ERR_INVALID_ARG_TYPE(argName, ['EventEmitter', 'EventTarget'], value);

function getEventListeners(emitterOrTarget, type) {
  if (typeof emitterOrTarget.listeners === 'function') return emitterOrTarget.listeners(type);
  if (isEventTarget(emitterOrTarget)) return eventTargetModule().eventTargetListeners(emitterOrTarget, type);
  throw notAnEmitter('emitter', emitterOrTarget);
}

function getMaxListeners(emitterOrTarget) {
  if (typeof emitterOrTarget?.getMaxListeners === 'function') return limitOf(emitterOrTarget);
  if (isEventTarget(emitterOrTarget)) return emitterOrTarget[kMaxEventTargetListeners];
  throw notAnEmitter('emitter', emitterOrTarget);
}

// An EventTarget keeps its limit (and whether it has warned) in symbol slots; an emitter sets its own.
function applyListenerLimit(target, limit) {
  if (isEventTarget(target)) {
    Object.assign(target, { [kMaxEventTargetListeners]: limit, [kMaxEventTargetListenersWarned]: false });
    return;
  }
  if (typeof target?.setMaxListeners !== 'function') throw notAnEmitter('eventTargets', target);
  target.setMaxListeners(limit);
}

// Without targets, sets the default of every emitter and EventTarget.
function setMaxListeners(n = defaultMaxListeners, ...eventTargets) {
  validateNumber(n, 'setMaxListeners', 0);
  if (eventTargets.length === 0) defaultMaxListeners = n;
  eventTargets.forEach((target) => applyListenerLimit(target, n));
}
// Node's static setMaxListeners is an anonymous function.
Object.defineProperty(setMaxListeners, 'name', { value: '' });

function captureRejectionsOption(opts) {
  const wanted = opts?.captureRejections;
  if (!wanted) return EventEmitter.prototype[kCapture];
  if (typeof wanted !== 'boolean') throw new ERR_INVALID_ARG_TYPE('options.captureRejections', 'boolean', wanted);
  return wanted;
}

// --- the module's statics, in Node's order (Object.keys(require('events')) shows it) --------------------

module.exports = EventEmitter;
Object.assign(EventEmitter, {
  addAbortListener,
  once,
  on,
  getEventListeners,
  getMaxListeners,
  listenerCount: function listenerCount(emitter, type) {
    const own = emitter.listenerCount;
    return typeof own === 'function' ?
      Reflect.apply(own, emitter, [type]) :
      Reflect.apply(prototypeMethods.listenerCount, emitter, [type]);
  },
  EventEmitter,
  usingDomains: false,
  captureRejectionSymbol: kRejection,
});
Object.defineProperty(EventEmitter, 'captureRejections', {
  enumerable: true,
  get: () => EventEmitter.prototype[kCapture],
  set(value) {
    if (typeof value !== 'boolean') throw new ERR_INVALID_ARG_TYPE('EventEmitter.captureRejections', 'boolean', value);
    EventEmitter.prototype[kCapture] = value;
  },
});
EventEmitter.errorMonitor = kErrorMonitor;
Object.defineProperty(EventEmitter, 'EventEmitterAsyncResource', {
  get() { return require('internal/event_emitter_async_resource').EventEmitterAsyncResource; },
  enumerable: true,
  configurable: true,
});
Object.defineProperty(EventEmitter, 'defaultMaxListeners', {
  enumerable: true,
  get: () => defaultMaxListeners,
  set(value) {
    validateNumber(value, 'defaultMaxListeners', 0);
    defaultMaxListeners = value;
  },
});
for (const [name, value] of [['kMaxEventTargetListeners', kMaxEventTargetListeners],
  ['kMaxEventTargetListenersWarned', kMaxEventTargetListenersWarned]]) {
  Object.defineProperty(EventEmitter, name, { value, enumerable: false, configurable: false, writable: false });
}
EventEmitter.setMaxListeners = setMaxListeners;

EventEmitter.init = function(opts) {
  const inherited = this._events === undefined || this._events === Object.getPrototypeOf(this)._events;
  if (inherited) {
    this._events = freshEventMap();
    this._eventsCount = 0;
  }
  this[kKeepEmptySlots] = !inherited;
  this._maxListeners = this._maxListeners || undefined;
  this[kCapture] = captureRejectionsOption(opts);
};

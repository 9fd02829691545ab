'use strict';
// EventTarget, Event and CustomEvent as Node defines them: there is no tree, so every listener runs "at target"
// (capture only distinguishes registrations), and an error thrown by a listener becomes an uncaught exception
// on the next tick instead of interrupting the dispatch. NodeEventTarget adds EventEmitter-style methods.

const {
  codes: { ERR_INVALID_ARG_TYPE, ERR_EVENT_RECURSION, ERR_MISSING_ARGS, ERR_INVALID_THIS },
} = require('internal/errors');
const { validateAbortSignal, validateObject, validateString } = require('internal/validators');
const { inspect } = require('internal/util/inspect');
const EventEmitter = require('events');

const { kMaxEventTargetListeners, kMaxEventTargetListenersWarned } = EventEmitter;
const kIsEventTarget = Symbol.for('nodejs.event_target');
const kHybridDispatch = Symbol.for('nodejs.internal.kHybridDispatch');
const kEvents = Symbol('kEvents');
const kNewListener = Symbol('kNewListener');
const kRemoveListener = Symbol('kRemoveListener');
const kCreateEvent = Symbol('kCreateEvent');
// Internal listener options: a listener that sees the emitted value instead of an Event (NodeEventTarget's
// on/once), one that still runs after stopImmediatePropagation (the helpers of node:events), and events that
// report isTrusted (those Node itself dispatches, such as 'abort').
const kIsNodeStyleListener = Symbol('kIsNodeStyleListener');
const kResistStopPropagation = Symbol('kResistStopPropagation');
const kTrustEvent = Symbol('kTrustEvent');

const uptime = internalBinding('process').uptime;
const trustedEvents = new WeakSet();
let isEvent;
let beginDispatch;
let endDispatch;
let isStopped;
let setInPassiveListener;

// Node's custom inspect shape for these classes: the class name, then a plain object one level deeper.
function inspectAs(self, shown, depth, options) {
  const name = self.constructor.name;
  if (depth < 0) return name;
  const opts = { ...options, depth: Number.isInteger(options.depth) ? options.depth - 1 : options.depth };
  return `${name} ${inspect(shown, opts)}`;
}

class Event {
  #type;
  #cancelable;
  #bubbles;
  #composed;
  #defaultPrevented = false;
  #timeStamp = uptime() * 1000;
  #propagationStopped = false;
  #stopImmediate = false;
  #target = null;
  #dispatching = false;
  #inPassiveListener = false;

  constructor(type, options = null) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('type');
    validateObject(options, 'options', { nullable: true });
    this.#cancelable = Boolean(options?.cancelable);
    this.#bubbles = Boolean(options?.bubbles);
    this.#composed = Boolean(options?.composed);
    this.#type = `${type}`;
    if (options?.[kTrustEvent]) trustedEvents.add(this);
  }

  initEvent(type, bubbles = false, cancelable = false) {
    checkEvent(this);
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('type');
    if (this.#dispatching) return;
    this.#type = `${type}`;
    this.#bubbles = Boolean(bubbles);
    this.#cancelable = Boolean(cancelable);
  }

  [Symbol.for('nodejs.util.inspect.custom')](depth, options) {
    return inspectAs(this, {
      type: this.#type,
      defaultPrevented: this.#defaultPrevented,
      cancelable: this.#cancelable,
      timeStamp: this.#timeStamp,
    }, depth, options);
  }

  stopImmediatePropagation() {
    checkEvent(this);
    this.#stopImmediate = true;
    this.#propagationStopped = true;
  }

  preventDefault() {
    checkEvent(this);
    if (!this.#inPassiveListener) this.#defaultPrevented = true;
  }

  get target() { checkEvent(this); return this.#target; }
  get currentTarget() { checkEvent(this); return this.#dispatching ? this.#target : null; }
  get srcElement() { checkEvent(this); return this.#target; }
  get type() { checkEvent(this); return this.#type; }
  get cancelable() { checkEvent(this); return this.#cancelable; }
  get defaultPrevented() { checkEvent(this); return this.#cancelable && this.#defaultPrevented; }
  get timeStamp() { checkEvent(this); return this.#timeStamp; }

  composedPath() {
    checkEvent(this);
    return this.#dispatching ? [this.#target] : [];
  }

  get returnValue() { checkEvent(this); return !(this.#cancelable && this.#defaultPrevented); }
  get bubbles() { checkEvent(this); return this.#bubbles; }
  get composed() { checkEvent(this); return this.#composed; }
  get eventPhase() { checkEvent(this); return this.#dispatching ? Event.AT_TARGET : Event.NONE; }
  get cancelBubble() { checkEvent(this); return this.#propagationStopped; }
  set cancelBubble(value) {
    checkEvent(this);
    if (value) this.#propagationStopped = true;
  }

  stopPropagation() {
    checkEvent(this);
    this.#propagationStopped = true;
  }

  get isTrusted() { return trustedEvents.has(this); }

  // For EventTarget: the dispatch flag and target live in private fields only this module can reach.
  static {
    isEvent = (value) => value !== null && typeof value === 'object' && #type in value;
    beginDispatch = (event, target) => {
      if (event.#dispatching) throw new ERR_EVENT_RECURSION(event.#type);
      event.#dispatching = true;
      event.#target = target;
    };
    endDispatch = (event) => {
      event.#dispatching = false;
    };
    isStopped = (event) => event.#stopImmediate;
    setInPassiveListener = (event, passive) => {
      event.#inPassiveListener = passive;
    };
  }
}

function checkEvent(value) {
  if (!isEvent(value)) throw new ERR_INVALID_THIS('Event');
}

for (const [name, value] of [['NONE', 0], ['CAPTURING_PHASE', 1], ['AT_TARGET', 2], ['BUBBLING_PHASE', 3]]) {
  Object.defineProperty(Event, name, { value, writable: false, enumerable: true, configurable: false });
}
enumerableMembers(Event.prototype);
Object.defineProperty(Event.prototype, Symbol.toStringTag, { value: 'Event', configurable: true });

// WebIDL attributes and operations are enumerable, unlike class members.
function enumerableMembers(prototype, names = Object.getOwnPropertyNames(prototype)) {
  for (const name of names) {
    if (name !== 'constructor') Object.defineProperty(prototype, name, { enumerable: true });
  }
}

class CustomEvent extends Event {
  #detail;

  static #isCustomEvent(value) {
    return typeof value === 'object' && value !== null && #detail in value;
  }

  constructor(type, options = null) {
    const typeGiven = arguments.length > 0;
    if (!typeGiven) throw new ERR_MISSING_ARGS('type');
    super(type, options);
    const { detail = null } = options ?? {};
    this.#detail = detail ?? null;
  }

  get detail() {
    const branded = CustomEvent.#isCustomEvent(this);
    if (branded) return this.#detail;
    throw new ERR_INVALID_THIS('CustomEvent');
  }
}
enumerableMembers(CustomEvent.prototype);
Object.defineProperty(CustomEvent.prototype, Symbol.toStringTag, { value: 'CustomEvent', configurable: true });

// The Event a NodeEventTarget builds when a standard listener sees an emit(): the value is its detail.
class NodeCustomEvent extends Event {
  constructor(type, options) {
    super(type, options);
    if (options?.detail) this.detail = options.detail;
  }
}

// One registration: (listener, capture) is the key the DOM uses to recognise duplicates. The registrations of
// a type form a linked list, as in Node: a removed node keeps its `next`, so a dispatch walking the list goes
// on past it, and a listener appended during a dispatch runs if the walk has not ended yet.
class Listener {
  constructor(previous, listener, once, capture, passive, isNodeStyleListener, resistStopPropagation) {
    this.previous = previous;
    this.next = undefined;
    previous.next = this;
    this.listener = listener;
    this.once = once;
    this.capture = capture;
    this.passive = passive;
    this.isNodeStyleListener = isNodeStyleListener;
    this.resistStopPropagation = resistStopPropagation;
    this.removed = false;
  }

  remove() {
    this.previous.next = this.next;
    if (this.next !== undefined) this.next.previous = this.previous;
    this.removed = true;
  }

  // handleEvent is looked up at each dispatch, as the DOM does.
  call(target, arg) {
    const { listener } = this;
    if (typeof listener === 'function') return listener.call(target, arg);
    const { handleEvent } = listener;
    if (typeof handleEvent === 'function') return handleEvent.call(listener, arg);
    return undefined;
  }
}

function validateListenerOptions(options) {
  if (typeof options === 'boolean') return { capture: options };
  if (options === null) return {};
  validateObject(options, 'options', { allowArray: true, allowFunction: true });
  const result = {
    once: Boolean(options.once),
    capture: Boolean(options.capture),
    passive: Boolean(options.passive),
    signal: options.signal,
    isNodeStyleListener: Boolean(options[kIsNodeStyleListener]),
    resistStopPropagation: Boolean(options[kResistStopPropagation]),
  };
  validateAbortSignal(result.signal, 'options.signal');
  return result;
}

function isEventTarget(value) {
  return value?.constructor?.[kIsEventTarget] === true && kEvents in value;
}

function checkEventTarget(value) {
  if (!isEventTarget(value)) throw new ERR_INVALID_THIS('EventTarget');
}

// A listener's error must not stop the other listeners: it is rethrown on the next tick, as uncaught.
function reportUncaught(err) {
  process.nextTick(() => {
    throw err;
  });
}

function reportRejection(result) {
  const then = result?.then;
  if (typeof then === 'function') then.call(result, undefined, reportUncaught);
}

class EventTarget {
  static [kIsEventTarget] = true;

  constructor() {
    initEventTarget(this);
  }

  // Warns once per target (until events.setMaxListeners() resets the flag) when a type has too many listeners.
  [kNewListener](size, type) {
    const limit = this[kMaxEventTargetListeners];
    const tooMany = limit > 0 && size > limit;
    if (!tooMany || this[kMaxEventTargetListenersWarned]) return;
    this[kMaxEventTargetListenersWarned] = true;
    const shown = inspect(this, { depth: -1 });
    const message = `Possible EventTarget memory leak detected. ${size} ${type} listeners added to ${shown}. ` +
      `MaxListeners is ${limit}. Use events.setMaxListeners() to increase limit`;
    const details = { name: 'MaxListenersExceededWarning', target: this, type, count: size };
    process.emitWarning(Object.assign(new Error(message), details));
  }

  [kRemoveListener]() {}

  addEventListener(type, listener, options = {}) {
    checkEventTarget(this);
    if (arguments.length < 2) throw new ERR_MISSING_ARGS('type', 'listener');
    const { once, capture, passive, signal, isNodeStyleListener, resistStopPropagation } =
      validateListenerOptions(options);
    if (listener === null || listener === undefined) {
      const warning = new Error(`addEventListener called with ${listener} which has no effect.`);
      warning.name = 'AddEventListenerArgumentTypeWarning';
      warning.target = this;
      warning.type = type;
      process.emitWarning(warning);
      return;
    }
    if (typeof listener !== 'function' && typeof listener !== 'object') {
      throw new ERR_INVALID_ARG_TYPE('listener', 'EventListener', listener);
    }
    type = String(type);
    if (signal?.aborted) return;

    let root = this[kEvents].get(type);
    if (root === undefined) {
      root = { size: 0, next: undefined };
      this[kEvents].set(type, root);
    }
    let last = root;
    for (let entry = root.next; entry !== undefined; entry = entry.next) {
      if (entry.listener === listener && entry.capture === Boolean(capture)) return;
      last = entry;
    }
    new Listener(last, listener, Boolean(once), Boolean(capture), Boolean(passive), isNodeStyleListener,
      resistStopPropagation);
    root.size++;
    if (signal) {
      signal.addEventListener('abort', () => this.removeEventListener(type, listener, options),
        { once: true, [kResistStopPropagation]: true });
    }
    this[kNewListener](root.size, type, listener, once, capture, passive);
  }

  removeEventListener(type, listener, options = {}) {
    checkEventTarget(this);
    if (arguments.length < 2) throw new ERR_MISSING_ARGS('type', 'listener');
    if (listener === null || listener === undefined) return;
    type = String(type);
    // As in Node, only an options object selects the capture registration (a boolean does not).
    const capture = options?.capture === true;
    const root = this[kEvents].get(type);
    for (let entry = root?.next; entry !== undefined; entry = entry.next) {
      if (entry.listener === listener && entry.capture === capture) {
        removeListener(this, type, root, entry);
        return;
      }
    }
  }

  dispatchEvent(event) {
    checkEventTarget(this);
    if (arguments.length < 1) throw new ERR_MISSING_ARGS('event');
    if (!isEvent(event)) throw new ERR_INVALID_ARG_TYPE('event', 'Event', event);
    beginDispatch(event, this);
    try {
      this[kHybridDispatch](event, event.type, event);
    } finally {
      endDispatch(event);
    }
    return event.defaultPrevented !== true;
  }

  // Runs the listeners of `type`: standard ones get `event` (built on demand for a NodeEventTarget's emit),
  // node-style ones the emitted value.
  [kHybridDispatch](nodeValue, type, event) {
    const root = this[kEvents].get(type);
    if (root === undefined) return;
    let next;
    for (let entry = root.next; entry !== undefined; entry = next) {
      next = entry.next;
      if (entry.removed) continue;
      if (event !== undefined && isStopped(event) && !entry.resistStopPropagation) break;
      if (entry.once) removeListener(this, type, root, entry);
      let arg = nodeValue;
      if (!entry.isNodeStyleListener) {
        if (event === undefined) {
          event = this[kCreateEvent](nodeValue, type);
          beginDispatch(event, this);
        }
        arg = event;
      }
      if (event !== undefined) setInPassiveListener(event, entry.passive);
      try {
        const result = entry.call(this, arg);
        // Node leaves the dispatching state after the first standard listener returns: later listeners see
        // no currentTarget and eventPhase NONE, and may dispatch the event again.
        if (!entry.isNodeStyleListener) endDispatch(event);
        if (result !== undefined && result !== null) reportRejection(result);
      } catch (err) {
        reportUncaught(err);
      } finally {
        if (event !== undefined) setInPassiveListener(event, false);
      }
    }
  }

  [kCreateEvent](nodeValue, type) {
    return new NodeCustomEvent(type, { detail: nodeValue });
  }

  [Symbol.for('nodejs.util.inspect.custom')](depth, options) {
    return inspectAs(this, {}, depth, options);
  }
}
enumerableMembers(EventTarget.prototype, ['addEventListener', 'removeEventListener', 'dispatchEvent']);
Object.defineProperty(EventTarget.prototype, Symbol.toStringTag, { value: 'EventTarget', configurable: true });

function initEventTarget(target) {
  target[kEvents] = new Map();
  target[kMaxEventTargetListeners] = EventEmitter.defaultMaxListeners;
  target[kMaxEventTargetListenersWarned] = false;
}

function removeListener(target, type, root, entry) {
  entry.remove();
  root.size--;
  if (root.size === 0) target[kEvents].delete(type);
  target[kRemoveListener](root.size, type, entry.listener, entry.capture);
}

// Listeners for node:events' getEventListeners, in registration order.
function eventTargetListeners(target, type) {
  const listeners = [];
  for (let entry = target[kEvents].get(String(type))?.next; entry !== undefined; entry = entry.next) {
    listeners.push(entry.listener);
  }
  return listeners;
}

class NodeEventTarget extends EventTarget {
  static defaultMaxListeners = 10;

  setMaxListeners(n) {
    EventEmitter.setMaxListeners(n, this);
  }

  getMaxListeners() {
    return this[kMaxEventTargetListeners];
  }

  eventNames() {
    return Array.from(this[kEvents].keys());
  }

  listenerCount(type) {
    return this[kEvents].get(String(type))?.size ?? 0;
  }

  off(type, listener, options) {
    this.removeEventListener(type, listener, options);
    return this;
  }

  removeListener(type, listener, options) {
    this.removeEventListener(type, listener, options);
    return this;
  }

  on(type, listener) {
    this.addEventListener(type, listener, { [kIsNodeStyleListener]: true });
    return this;
  }

  addListener(type, listener) {
    return this.on(type, listener);
  }

  // Node-style emit: dispatches `arg` and answers whether anyone was listening before the dispatch.
  emit(type, arg) {
    validateString(type, 'type');
    const listened = this.listenerCount(type) !== 0;
    this[kHybridDispatch](arg, type);
    return listened;
  }

  once(type, listener) {
    this.addEventListener(type, listener, { once: true, [kIsNodeStyleListener]: true });
    return this;
  }

  removeAllListeners(type) {
    if (type === undefined) this[kEvents].clear();
    else this[kEvents].delete(String(type));
    return this;
  }
}
enumerableMembers(NodeEventTarget.prototype);

// An `on<event>` attribute (such as AbortSignal's onabort): setting it adds one listener that calls the
// current handler, at the position of the first assignment, as the HTML spec's event handlers do.
function defineEventHandler(prototype, name, type = name) {
  const key = `on${name}`;
  const handlers = new WeakMap();
  // Accessors written in an object literal get the names "get onabort"/"set onabort", as in Node.
  const accessors = Object.getOwnPropertyDescriptor({
    get [key]() {
      return handlers.get(this)?.handler ?? null;
    },
    set [key](value) {
      let wrapper = handlers.get(this);
      if (wrapper === undefined) {
        wrapper = { handler: null, listening: false };
        wrapper.listener = (event) => {
          if (typeof wrapper.handler === 'function') return wrapper.handler.call(this, event);
          return undefined;
        };
        handlers.set(this, wrapper);
      }
      const isHandler = typeof value === 'function' || (typeof value === 'object' && value !== null);
      if (isHandler && !wrapper.listening) this.addEventListener(type, wrapper.listener);
      if (!isHandler && wrapper.listening) this.removeEventListener(type, wrapper.listener);
      wrapper.listening = isHandler;
      wrapper.handler = value;
    },
  }, key);
  Object.defineProperty(prototype, key, { ...accessors, enumerable: true });
}

module.exports = {
  Event,
  CustomEvent,
  EventTarget,
  NodeEventTarget,
  defineEventHandler,
  eventTargetListeners,
  kCreateEvent,
  kEvents,
  kHybridDispatch,
  kNewListener,
  kRemoveListener,
  kResistStopPropagation,
  kTrustEvent,
};

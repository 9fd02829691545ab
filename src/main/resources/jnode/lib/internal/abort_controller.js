'use strict';
// AbortController and AbortSignal (with the static abort, timeout and any) over internal/event_target.

const {
  codes: { ERR_ILLEGAL_CONSTRUCTOR, ERR_INVALID_ARG_TYPE, ERR_INVALID_THIS },
} = require('internal/errors');
const { validateObject, validateUint32 } = require('internal/validators');
const { DOMException } = require('internal/per_context/domexception');
const {
  Event, EventTarget, defineEventHandler, kTrustEvent, kEvents, kNewListener, kRemoveListener,
} = require('internal/event_target');
const { inspect } = require('internal/util/inspect');
const { kMaxEventTargetListeners } = require('events');
const timers = require('internal/timers');

const kDontThrow = Symbol('kDontThrow');
const kTransferable = Symbol('kTransferable');

// Timeout and composite signals abort later on their own; they are reachable only weakly from their timer
// or sources, so that an unobserved one can be collected, and held here while someone listens to them.
const observedSignals = new Set();

let isAbortSignal;
let abortSignal;

function invalidSequenceElement(message) {
  // Node reports WebIDL conversion failures with this code but without the code in the stack's first line.
  const err = new TypeError(message);
  err.code = 'ERR_INVALID_ARG_TYPE';
  return err;
}

// WebIDL's AbortSignal conversion, as Node's util.aborted and AbortSignal.any perform it.
function convertAbortSignal(value, name) {
  if (!isAbortSignal(value)) throw invalidSequenceElement(`${name} is not of type AbortSignal.`);
  return value;
}

// Unlike Event's, past the depth limit this returns the object itself, so inspect prints "[AbortSignal]".
function customInspect(self, shown, depth, options) {
  if (depth < 0) return self;
  const opts = { ...options, depth: options.depth === null ? null : options.depth - 1 };
  return `${self.constructor.name} ${inspect(shown, opts)}`;
}

class AbortSignal extends EventTarget {
  #aborted = false;
  #reason = undefined;
  #dependents = undefined;
  #mayAbortLater = false;

  constructor(key = undefined) {
    if (key !== kDontThrow) throw new ERR_ILLEGAL_CONSTRUCTOR();
    super();
    this[kMaxEventTargetListeners] = 0;
  }

  get aborted() {
    checkSignal(this);
    return this.#aborted;
  }

  get reason() {
    checkSignal(this);
    return this.#reason;
  }

  throwIfAborted() {
    checkSignal(this);
    if (this.#aborted) throw this.#reason;
  }

  static abort(reason = new DOMException('This operation was aborted', 'AbortError')) {
    const signal = new AbortSignal(kDontThrow);
    signal.#aborted = true;
    signal.#reason = reason;
    return signal;
  }

  static timeout(delay) {
    validateUint32(delay, 'delay', false);
    const signal = new AbortSignal(kDontThrow);
    signal.#mayAbortLater = true;
    const weak = new WeakRef(signal);
    timers.setTimeout(() => {
      const target = weak.deref();
      if (target !== undefined) {
        abortSignal(target, new DOMException('The operation was aborted due to timeout', 'TimeoutError'));
      }
    }, delay).unref();
    return signal;
  }

  static any(signals) {
    if (signals === null || typeof signals !== 'object' || typeof signals[Symbol.iterator] !== 'function') {
      throw invalidSequenceElement('signals cannot be converted to sequence.');
    }
    const sources = Array.from(signals, (value, i) => convertAbortSignal(value, `signals[${i}]`));
    const result = new AbortSignal(kDontThrow);
    const aborted = sources.find((source) => source.#aborted);
    if (aborted !== undefined) {
      result.#aborted = true;
      result.#reason = aborted.#reason;
      return result;
    }
    result.#mayAbortLater = true;
    const weak = new WeakRef(result);
    for (const source of sources) {
      source.#dependents ??= new Set();
      source.#dependents.add(weak);
    }
    return result;
  }

  // A signal that may abort later must stay reachable while it has abort listeners.
  [kNewListener](...args) {
    super[kNewListener](...args);
    this.#updateObserved();
  }

  [kRemoveListener](...args) {
    super[kRemoveListener](...args);
    this.#updateObserved();
  }

  #updateObserved() {
    if (this.#mayAbortLater && !this.#aborted && this[kEvents].has('abort')) observedSignals.add(this);
    else observedSignals.delete(this);
  }

  [Symbol.for('nodejs.util.inspect.custom')](depth, options) {
    return customInspect(this, { aborted: this.aborted }, depth, options);
  }

  static {
    isAbortSignal = (value) => value !== null && typeof value === 'object' && #aborted in value;
    abortSignal = (signal, reason) => {
      if (signal.#aborted) return;
      signal.#aborted = true;
      signal.#reason = reason;
      observedSignals.delete(signal);
      signal.dispatchEvent(new Event('abort', { [kTrustEvent]: true }));
      const dependents = signal.#dependents;
      signal.#dependents = undefined;
      for (const weak of dependents ?? []) {
        const dependent = weak.deref();
        if (dependent !== undefined) abortSignal(dependent, reason);
      }
    };
  }
}

function checkSignal(value) {
  if (!isAbortSignal(value)) throw new ERR_INVALID_THIS('AbortSignal');
}

for (const name of ['aborted', 'reason', 'throwIfAborted']) {
  Object.defineProperty(AbortSignal.prototype, name, { enumerable: true });
}
defineEventHandler(AbortSignal.prototype, 'abort');
Object.defineProperty(AbortSignal.prototype, Symbol.toStringTag, { value: 'AbortSignal', configurable: true });

// A receiver that is not an AbortController fails on the private field: a plain TypeError, as in Node.
class AbortController {
  #signal = new AbortSignal(kDontThrow);

  get signal() {
    return this.#signal;
  }

  abort(reason = new DOMException('This operation was aborted', 'AbortError')) {
    abortSignal(this.#signal, reason);
  }

  [Symbol.for('nodejs.util.inspect.custom')](depth, options) {
    return customInspect(this, { signal: this.signal }, depth, options);
  }
}

for (const name of ['signal', 'abort']) {
  Object.defineProperty(AbortController.prototype, name, { enumerable: true });
}
Object.defineProperty(AbortController.prototype, Symbol.toStringTag, {
  value: 'AbortController', configurable: true,
});

// jnode has no structured clone across threads yet: a transferable signal is only marked as Node marks it.
function transferableAbortSignal(signal) {
  if (!isAbortSignal(signal)) throw new ERR_INVALID_ARG_TYPE('signal', 'AbortSignal', signal);
  signal[kTransferable] = true;
  return signal;
}

function transferableAbortController() {
  const controller = new AbortController();
  transferableAbortSignal(controller.signal);
  return controller;
}

// util.aborted: resolves once `signal` aborts (at once if it has), while `resource` is in use.
async function aborted(signal, resource) {
  convertAbortSignal(signal, 'signal');
  validateObject(resource, 'resource', { allowArray: true, allowFunction: true });
  if (signal.aborted) return undefined;
  return new Promise((resolve) => {
    signal.addEventListener('abort', resolve, { once: true });
  });
}

module.exports = {
  AbortController,
  AbortSignal,
  aborted,
  transferableAbortController,
  transferableAbortSignal,
};

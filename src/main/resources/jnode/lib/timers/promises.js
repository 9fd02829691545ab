'use strict';
// node:timers/promises: timers as promises and async iterators, cancellable with an AbortSignal.

const timers = require('internal/timers');
const { AbortError, codes: { ERR_ILLEGAL_CONSTRUCTOR, ERR_INVALID_THIS } } = require('internal/errors');
const { validateAbortSignal, validateBoolean, validateObject } = require('internal/validators');

function checkOptions(options) {
  validateObject(options, 'options');
  const { signal, ref = true } = options;
  validateAbortSignal(signal, 'options.signal');
  validateBoolean(ref, 'options.ref');
  return { signal, ref };
}

function abortError(signal) {
  return new AbortError(undefined, { cause: signal?.reason });
}

// One timer (or immediate) as a promise; `clear` cancels it when the signal aborts.
function scheduled(start, clear, value, options) {
  let signal;
  let ref;
  try {
    ({ signal, ref } = checkOptions(options));
  } catch (err) {
    return Promise.reject(err);
  }
  if (signal?.aborted) return Promise.reject(abortError(signal));
  return new Promise((resolve, reject) => {
    let onAbort;
    const handle = start(() => {
      if (signal) signal.removeEventListener('abort', onAbort);
      resolve(value);
    });
    if (!ref) handle.unref();
    if (signal) {
      onAbort = () => {
        clear(handle);
        reject(abortError(signal));
      };
      signal.addEventListener('abort', onAbort, { once: true });
    }
  });
}

function setTimeout(after, value, options = {}) {
  return scheduled((fn) => timers.setTimeout(fn, after), timers.clearTimeout, value, options);
}

function setImmediate(value, options = {}) {
  return scheduled((fn) => timers.setImmediate(fn), timers.clearImmediate, value, options);
}

async function* setInterval(after, value, options = {}) {
  const { signal, ref } = checkOptions(options);
  if (signal?.aborted) throw abortError(signal);
  let pending = 0;
  let wake = null;
  const interval = timers.setInterval(() => {
    pending++;
    if (wake) {
      wake();
      wake = null;
    }
  }, after);
  if (!ref) interval.unref();
  let onAbort;
  if (signal) {
    onAbort = () => {
      timers.clearInterval(interval);
      if (wake) {
        wake();
        wake = null;
      }
    };
    signal.addEventListener('abort', onAbort, { once: true });
  }
  try {
    while (true) {
      // The signal may have aborted while the consumer held a value; then nothing will wake us.
      if (pending === 0 && !signal?.aborted) await new Promise((resolve) => { wake = resolve; });
      if (signal?.aborted) throw abortError(signal);
      for (; pending > 0; pending--) yield value;
    }
  } finally {
    timers.clearInterval(interval);
    signal?.removeEventListener('abort', onAbort);
  }
}

// The Scheduler API: one instance, which shows its brand symbol when inspected, as Node's does.
const kScheduler = Symbol('kScheduler');

// Throws as Node does when a Scheduler method is borrowed by another object.
function requireSchedulerReceiver(receiver) {
  if (receiver[kScheduler] !== true) throw new ERR_INVALID_THIS('Scheduler');
}

class Scheduler {
  // Only this module holds the token, so user code cannot make a second instance.
  constructor(token = null) {
    if (token !== kScheduler) throw new ERR_ILLEGAL_CONSTRUCTOR();
    this[kScheduler] = true;
  }

  yield() {
    requireSchedulerReceiver(this);
    return setImmediate();
  }

  wait(delay, options) {
    requireSchedulerReceiver(this);
    return setTimeout(delay, undefined, options);
  }
}

const scheduler = new Scheduler(kScheduler);

module.exports = { setTimeout, setImmediate, setInterval, scheduler };

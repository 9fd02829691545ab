'use strict';
// mock.timers: while enabled, the chosen timer APIs (globals, node:timers, node:timers/promises, Date) run on a
// clock that only moves with tick()/runAll()/setTime(); timers fire in order of due time, then creation.

const {
  codes: { ERR_INVALID_ARG_VALUE, ERR_INVALID_STATE },
} = require('internal/errors');
const { validateAbortSignal, validateArray, validateNumber, validateObject } = require('internal/validators');

const supportedApis = ['setInterval', 'setTimeout', 'setImmediate', 'Date', 'scheduler.wait'];
// The APIs some MockTimers has replaced: a second one (say a subtest's t.mock.timers) may not mock them again.
const apisInUse = new Set();

function abortError(signal) {
  const err = new Error('The operation was aborted', { cause: signal.reason });
  err.name = 'AbortError';
  err.code = 'ABORT_ERR';
  return err;
}

// What the mocked setTimeout/setInterval/setImmediate return: Node's Timeout shape, numbered by id.
class MockTimeout {
  constructor(clock, id) {
    this.clock = clock;
    this.id = id;
  }

  ref() {
    return this;
  }

  unref() {
    return this;
  }

  hasRef() {
    return true;
  }

  refresh() {
    this.clock.refresh(this.id);
    return this;
  }

  [Symbol.toPrimitive]() {
    return this.id;
  }
}

class MockTimers {
  #enabled = false;
  #now = 0;
  #nextId = 1;
  #timers = new Map(); // id -> { runAt, delay, callback, args, interval }
  #restorers = [];
  #apis = [];

  enable(options = {}) {
    if (this.#enabled) throw new ERR_INVALID_STATE('MockTimers is already enabled!');
    validateObject(options, 'options');
    const { apis = supportedApis } = options;
    let { now = 0 } = options;
    validateArray(apis, 'options.apis');
    for (const api of apis) {
      if (!supportedApis.includes(api)) {
        throw new ERR_INVALID_ARG_VALUE('options.apis', api, `option ${api} is not supported`);
      }
    }
    if (now instanceof Date) now = now.getTime();
    validateNumber(now, 'options.now');
    if (!(now >= 0)) throw new ERR_INVALID_ARG_VALUE('options.now', now, 'must be a non-negative number');
    this.#apis = [...new Set(apis)];
    for (const api of this.#apis) {
      if (apisInUse.has(api)) throw new ERR_INVALID_STATE(`${api} is already being mocked!`);
    }
    this.#enabled = true;
    this.#now = now;
    for (const api of this.#apis) {
      apisInUse.add(api);
      this.#install(api);
    }
  }

  reset() {
    for (const restore of this.#restorers.reverse()) restore();
    this.#restorers = [];
    for (const api of this.#apis) apisInUse.delete(api);
    this.#apis = [];
    this.#timers.clear();
    this.#enabled = false;
    this.#now = 0;
  }

  [Symbol.dispose]() {
    this.reset();
  }

  setTime(milliseconds) {
    this.#assertEnabled();
    validateNumber(milliseconds, 'milliseconds');
    this.#now = milliseconds;
  }

  tick(milliseconds = 1) {
    this.#assertEnabled();
    validateNumber(milliseconds, 'milliseconds');
    if (milliseconds < 0) {
      throw new ERR_INVALID_ARG_VALUE('milliseconds', milliseconds, 'must be a positive number');
    }
    this.#runUntil(this.#now + milliseconds);
  }

  runAll() {
    this.#assertEnabled();
    let latest = this.#now;
    for (const timer of this.#timers.values()) latest = Math.max(latest, timer.runAt);
    this.#runUntil(latest);
  }

  refresh(id) {
    const timer = this.#timers.get(id);
    if (timer !== undefined) timer.runAt = this.#now + timer.delay;
  }

  #assertEnabled() {
    if (!this.#enabled) {
      throw new ERR_INVALID_STATE('You should enable MockTimers first by calling the .enable function');
    }
  }

  // Moves the clock to `target`, then fires every timer due by then in order of due time.
  #runUntil(target) {
    this.#now = Math.max(this.#now, target);
    for (;;) {
      let next;
      for (const [id, timer] of this.#timers) {
        if (timer.runAt <= target && (next === undefined || timer.runAt < next[1].runAt)) next = [id, timer];
      }
      if (next === undefined) break;
      const [id, timer] = next;
      if (timer.interval) timer.runAt += Math.max(timer.delay, 1);
      else this.#timers.delete(id);
      Reflect.apply(timer.callback, undefined, timer.args);
    }
  }

  #add(callback, delay, args, interval) {
    const id = this.#nextId++;
    delay = Number(delay) >= 1 ? Math.trunc(Number(delay)) : 1;
    this.#timers.set(id, { runAt: this.#now + delay, delay, callback, args, interval });
    return new MockTimeout(this, id);
  }

  #clear(timer) {
    if (timer === undefined || timer === null) return;
    this.#timers.delete(Number(timer));
  }

  // A promise that settles when the clock passes `delay`, or rejects when the signal aborts.
  #sleep(delay, value, options = {}) {
    const { signal } = options;
    try {
      validateAbortSignal(signal, 'options.signal');
    } catch (err) {
      return Promise.reject(err);
    }
    if (signal?.aborted) return Promise.reject(abortError(signal));
    return new Promise((resolve, reject) => {
      const timeout = this.#add(() => {
        signal?.removeEventListener('abort', onAbort);
        resolve(value);
      }, delay, [], false);
      const onAbort = () => {
        this.#clear(timeout);
        reject(abortError(signal));
      };
      signal?.addEventListener('abort', onAbort, { once: true });
    });
  }

  // Swaps `name` on each target for `replacement` until reset().
  #replace(targets, name, replacement) {
    for (const target of targets) {
      const descriptor = Object.getOwnPropertyDescriptor(target, name);
      Object.defineProperty(target, name, { value: replacement, writable: true, configurable: true,
        enumerable: descriptor?.enumerable ?? true });
      this.#restorers.push(() => {
        if (descriptor === undefined) delete target[name];
        else Object.defineProperty(target, name, descriptor);
      });
    }
  }

  #install(api) {
    const timers = require('timers');
    const promises = require('timers/promises');
    const callbackTargets = [globalThis, timers];
    switch (api) {
      case 'setTimeout':
        this.#replace(callbackTargets, 'setTimeout',
          (callback, delay, ...args) => this.#add(callback, delay, args, false));
        this.#replace(callbackTargets, 'clearTimeout', (timer) => this.#clear(timer));
        this.#replace([promises], 'setTimeout', (delay, value, options) => this.#sleep(delay, value, options));
        break;
      case 'setInterval':
        this.#replace(callbackTargets, 'setInterval',
          (callback, delay, ...args) => this.#add(callback, delay, args, true));
        this.#replace(callbackTargets, 'clearInterval', (timer) => this.#clear(timer));
        break;
      case 'setImmediate':
        this.#replace(callbackTargets, 'setImmediate', (callback, ...args) => {
          const timeout = this.#add(callback, 0, args, false);
          this.#timers.get(timeout.id).runAt = this.#now;
          return timeout;
        });
        this.#replace(callbackTargets, 'clearImmediate', (timer) => this.#clear(timer));
        this.#replace([promises], 'setImmediate', (value, options) => this.#sleep(0, value, options));
        break;
      case 'scheduler.wait':
        this.#replace([promises.scheduler], 'wait', (delay, options) => this.#sleep(delay, undefined, options));
        break;
      case 'Date':
        this.#replace([globalThis], 'Date', this.#mockDate());
        break;
    }
  }

  // A Date whose "now" is the mock clock; every other form of construction is the real Date's.
  #mockDate() {
    const RealDate = globalThis.Date;
    const clock = () => this.#now;
    function MockDate(...args) {
      if (new.target === undefined) return new RealDate(clock()).toString();
      const date = args.length === 0 ? new RealDate(clock()) : new RealDate(...args);
      Object.setPrototypeOf(date, new.target.prototype);
      return date;
    }
    Object.setPrototypeOf(MockDate, RealDate);
    MockDate.prototype = RealDate.prototype;
    MockDate.now = () => clock();
    MockDate.parse = RealDate.parse;
    MockDate.UTC = RealDate.UTC;
    MockDate.isMock = true;
    // It passes for the real one when printed.
    MockDate.toString = () => RealDate.toString();
    Object.defineProperty(MockDate, Symbol.hasInstance, { value: (value) => value instanceof RealDate });
    return MockDate;
  }
}

module.exports = { MockTimers };

'use strict';
// Timers and immediates, queued in JavaScript as Node queues them: one linked list per duration, the
// lists in a priority queue by expiry. The Java loop asks for one timer (or immediate) at a time, so
// that ticks and microtasks run between callbacks exactly as in Node.

const { validateFunction } = require('internal/validators');
const { currentFrame, callInFrame } = require('internal/async_context_frame');

const TIMEOUT_MAX = 2 ** 31 - 1;
const kRefed = Symbol('refed');
const kHasPrimitive = Symbol('kHasPrimitive');
const asyncIdSymbol = Symbol('asyncId');
const triggerAsyncIdSymbol = Symbol('triggerId');
const kFrame = Symbol('kAsyncContextFrame');

// Filled in by the bootstrap: the loop's clock and the memory the Java loop reads.
let loopNow;
let loopState; // Int32Array: [tickPending, refedTimers, immediates, refedImmediates]
let expiryState; // Float64Array: [, , nextTimerExpiry]
const REFED_TIMERS = 1;
const IMMEDIATES = 2;
const REFED_IMMEDIATES = 3;
const NEXT_EXPIRY = 2;

let nextAsyncId = 2;
function newAsyncId() {
  return ++nextAsyncId;
}

function init(now, int32State, float64State) {
  loopNow = now;
  loopState = int32State;
  expiryState = float64State;
}

// ---- linked lists (the item is its own node: _idleNext/_idlePrev) ----
function listInit(list) {
  list._idleNext = list;
  list._idlePrev = list;
}
function listAppend(list, item) {
  if (item._idleNext || item._idlePrev) listRemove(item);
  item._idleNext = list;
  item._idlePrev = list._idlePrev;
  list._idlePrev._idleNext = item;
  list._idlePrev = item;
}
function listRemove(item) {
  if (item._idleNext) item._idleNext._idlePrev = item._idlePrev;
  if (item._idlePrev) item._idlePrev._idleNext = item._idleNext;
  item._idleNext = null;
  item._idlePrev = null;
}
function listPeek(list) {
  return list._idleNext === list ? null : list._idleNext;
}

class TimersList {
  constructor(expiry, msecs) {
    listInit(this);
    this.expiry = expiry;
    this.id = timerListId++;
    this.msecs = msecs;
    this.priorityQueuePosition = null;
  }
}

// ---- a binary heap of TimersLists, by expiry then creation order ----
const heap = [];
function heapLess(a, b) {
  return a.expiry < b.expiry || (a.expiry === b.expiry && a.id < b.id);
}
function heapSet(i, list) {
  heap[i] = list;
  list.priorityQueuePosition = i;
}
function heapUp(i) {
  const item = heap[i];
  while (i > 0) {
    const parent = (i - 1) >> 1;
    if (!heapLess(item, heap[parent])) break;
    heapSet(i, heap[parent]);
    i = parent;
  }
  heapSet(i, item);
}
function heapDown(i) {
  const item = heap[i];
  const n = heap.length;
  for (;;) {
    let child = 2 * i + 1;
    if (child >= n) break;
    if (child + 1 < n && heapLess(heap[child + 1], heap[child])) child++;
    if (!heapLess(heap[child], item)) break;
    heapSet(i, heap[child]);
    i = child;
  }
  heapSet(i, item);
}
function heapPush(list) {
  heapSet(heap.length, list);
  heapUp(heap.length - 1);
}
function heapRemoveAt(i) {
  const last = heap.pop();
  if (i < heap.length) {
    heapSet(i, last);
    heapUp(i);
    heapDown(last.priorityQueuePosition);
  }
}

let timerListId = Number.MIN_SAFE_INTEGER;
const timerListMap = { __proto__: null };
let refedTimers = 0;

function publishNextExpiry() {
  expiryState[NEXT_EXPIRY] = heap.length > 0 ? heap[0].expiry : -1;
}

function insert(item, msecs, start = loopNow()) {
  if (msecs < 0 || msecs === undefined) return;
  // Sub-millisecond accuracy is not promised: 1.7 ms is a 1 ms timer.
  msecs = Math.trunc(msecs);
  item._idleStart = start;
  let list = timerListMap[msecs];
  if (list === undefined) {
    list = timerListMap[msecs] = new TimersList(start + msecs, msecs);
    heapPush(list);
    publishNextExpiry();
  }
  listAppend(list, item);
}

function insertGuarded(item) {
  const msecs = item._idleTimeout;
  if (msecs < 0 || msecs === undefined) return;
  insert(item, msecs);
  const isDestroyed = item._destroyed;
  if (isDestroyed || !item[asyncIdSymbol]) {
    item._destroyed = false;
    item[asyncIdSymbol] = newAsyncId();
  }
  if (isDestroyed) {
    if (item[kRefed]) changeRefedTimers(1);
  } else if (item[kRefed] === null) {
    item[kRefed] = true;
    changeRefedTimers(1);
  }
}

function changeRefedTimers(delta) {
  refedTimers += delta;
  loopState[REFED_TIMERS] = refedTimers;
}

function unenroll(item) {
  if (item._destroyed) return;
  item._destroyed = true;
  if (item[kRefed]) changeRefedTimers(-1);
  const list = timerListMap[item._idleTimeout];
  if (list !== undefined && list._idleNext !== list) {
    listRemove(item);
    if (list._idleNext === list) {
      delete timerListMap[item._idleTimeout];
      heapRemoveAt(list.priorityQueuePosition);
      publishNextExpiry();
    }
  } else {
    listRemove(item);
  }
  item._idleTimeout = -1;
}

// Node warns of a negative or NaN duration once per process (an overflow, every time).
const warnedOf = { negative: false, nan: false };

class Timeout {
  constructor(callback, after, args, isRepeat, isRefed) {
    after *= 1;
    if (!(after >= 1 && after <= TIMEOUT_MAX)) {
      if (after > TIMEOUT_MAX) {
        process.emitWarning(`${after} does not fit into a 32-bit signed integer.` +
          '\nTimeout duration was set to 1.', 'TimeoutOverflowWarning');
      } else if (after < 0 && !warnedOf.negative) {
        warnedOf.negative = true;
        process.emitWarning(`${after} is a negative number.` +
          '\nTimeout duration was set to 1.', 'TimeoutNegativeWarning');
      } else if (Number.isNaN(after) && arguments.length > 1 && typeof arguments[1] === 'number' &&
          !warnedOf.nan) {
        warnedOf.nan = true;
        process.emitWarning(`${after} is not a number.` +
          '\nTimeout duration was set to 1.', 'TimeoutNaNWarning');
      }
      after = 1;
    }
    this._idleTimeout = after;
    this._idlePrev = this;
    this._idleNext = this;
    this._idleStart = null;
    this._onTimeout = null;
    this._onTimeout = callback;
    this._timerArgs = args;
    this._repeat = isRepeat ? after : null;
    this._destroyed = false;
    if (isRefed) changeRefedTimers(1);
    this[kRefed] = isRefed;
    this[kHasPrimitive] = false;
    this[asyncIdSymbol] = newAsyncId();
    this[triggerAsyncIdSymbol] = 1;
    this[kFrame] = currentFrame();
  }

  refresh() {
    if (this[kRefed]) this._destroyed = false;
    if (this._idleTimeout >= 0) {
      insert(this, this._idleTimeout);
    }
    return this;
  }

  unref() {
    if (this[kRefed]) {
      this[kRefed] = false;
      if (!this._destroyed) changeRefedTimers(-1);
    }
    return this;
  }

  ref() {
    if (!this[kRefed]) {
      this[kRefed] = true;
      if (!this._destroyed) changeRefedTimers(1);
    }
    return this;
  }

  hasRef() {
    return this[kRefed];
  }

  close() {
    clearTimeout(this);
    return this;
  }

  [Symbol.toPrimitive]() {
    const id = this[asyncIdSymbol];
    if (!this[kHasPrimitive]) {
      this[kHasPrimitive] = true;
      knownTimersById[id] = this;
    }
    return id;
  }

  [Symbol.dispose]() {
    clearTimeout(this);
  }
}

const knownTimersById = { __proto__: null };

function clearTimeout(timer) {
  if (timer && timer._onTimeout) {
    timer._onTimeout = null;
    unenroll(timer);
    return;
  }
  if (typeof timer === 'number' || typeof timer === 'string') {
    const timerInstance = knownTimersById[timer];
    if (timerInstance !== undefined) {
      timerInstance._onTimeout = null;
      unenroll(timerInstance);
    }
  }
}

// Callbacks without extra arguments (the common case) are called without an arguments array.
function extraArgs(args) {
  return args.length > 0 ? args : undefined;
}

function startTimeout(callback, after, args, repeat) {
  validateFunction(callback, 'callback');
  const timeout = new Timeout(callback, after, args, repeat, true);
  insert(timeout, timeout._idleTimeout);
  return timeout;
}

function setTimeout(callback, after, ...args) {
  return startTimeout(callback, after, extraArgs(args), false);
}

function setInterval(callback, repeat, ...args) {
  return startTimeout(callback, repeat, extraArgs(args), true);
}

/**
 * Runs the next due timer, if any, and returns true; false when none is due at `now` (the Java loop
 * then sleeps until the published next expiry).
 */
function runTimer(now) {
  for (;;) {
    const list = heap[0];
    if (list === undefined || list.expiry > now) {
      publishNextExpiry();
      return false;
    }
    const timer = listPeek(list);
    if (timer === null) {
      if (timerListMap[list.msecs] === list) delete timerListMap[list.msecs];
      heapRemoveAt(0);
      continue;
    }
    const msecs = list.msecs;
    if (now - timer._idleStart < msecs) {
      list.expiry = Math.max(timer._idleStart + msecs, now + 1);
      list.id = timerListId++;
      heapDown(0);
      continue;
    }
    listRemove(timer);
    if (!timer._onTimeout) {
      if (!timer._destroyed) {
        timer._destroyed = true;
        if (timer[kRefed]) changeRefedTimers(-1);
      }
      continue;
    }
    const start = timer._repeat ? loopNow() : 0;
    try {
      callInFrame(timer[kFrame], timer._onTimeout, timer, timer._timerArgs ?? []);
    } finally {
      if (timer._repeat && timer._idleTimeout !== -1) {
        timer._idleTimeout = timer._repeat;
        insert(timer, timer._idleTimeout, start);
      } else if (!timer._idleNext && !timer._idlePrev && !timer._destroyed) {
        timer._destroyed = true;
        if (timer[kRefed]) changeRefedTimers(-1);
        if (timer[kHasPrimitive]) delete knownTimersById[timer[asyncIdSymbol]];
      }
      publishNextExpiry();
    }
    return true;
  }
}

// ---- immediates ----
class ImmediateList {
  constructor() {
    this.head = null;
    this.tail = null;
  }

  append(item) {
    if (this.tail !== null) {
      this.tail._idleNext = item;
      item._idlePrev = this.tail;
    } else {
      this.head = item;
    }
    this.tail = item;
  }

  remove(item) {
    if (item._idleNext) item._idleNext._idlePrev = item._idlePrev;
    if (item._idlePrev) item._idlePrev._idleNext = item._idleNext;
    if (item === this.head) this.head = item._idleNext;
    if (item === this.tail) this.tail = item._idlePrev;
    item._idleNext = null;
    item._idlePrev = null;
  }
}

const immediateQueue = new ImmediateList();
let running = null; // the immediates of the current check phase, in order
let immediateCount = 0;
let refedImmediates = 0;

function changeImmediates(count, refed) {
  immediateCount += count;
  refedImmediates += refed;
  loopState[IMMEDIATES] = immediateCount;
  loopState[REFED_IMMEDIATES] = refedImmediates;
}

class Immediate {
  constructor(callback, args) {
    this._idleNext = null;
    this._idlePrev = null;
    this._onImmediate = callback;
    this._argv = args;
    this._destroyed = false;
    this[kRefed] = false;
    this[asyncIdSymbol] = newAsyncId();
    this[triggerAsyncIdSymbol] = 1;
    this[kFrame] = currentFrame();
    this.ref();
    changeImmediates(1, 0);
    immediateQueue.append(this);
  }

  ref() {
    if (this[kRefed] === false) {
      this[kRefed] = true;
      changeImmediates(0, 1);
    }
    return this;
  }

  unref() {
    if (this[kRefed] === true) {
      this[kRefed] = false;
      changeImmediates(0, -1);
    }
    return this;
  }

  hasRef() {
    return !!this[kRefed];
  }

  [Symbol.dispose]() {
    clearImmediate(this);
  }
}

function setImmediate(callback, ...args) {
  validateFunction(callback, 'callback');
  return new Immediate(callback, extraArgs(args));
}

function clearImmediate(immediate) {
  if (!immediate || immediate._destroyed) return;
  changeImmediates(-1, immediate[kRefed] ? -1 : 0);
  immediate[kRefed] = null;
  immediate._destroyed = true;
  immediate._onImmediate = null;
  if (running !== null && isRunning(immediate)) return;
  immediateQueue.remove(immediate);
}

function isRunning(immediate) {
  for (let i = running; i !== null; i = i._idleNext) if (i === immediate) return true;
  return false;
}

/** Runs the next immediate of this check phase; `first` starts the phase with the queue as it is now. */
function runImmediate(first) {
  if (first && running === null) {
    running = immediateQueue.head;
    immediateQueue.head = immediateQueue.tail = null;
  }
  while (running !== null) {
    const immediate = running;
    running = immediate._idleNext;
    immediate._idleNext = immediate._idlePrev = null;
    if (running !== null) running._idlePrev = null;
    if (immediate._destroyed) continue;
    immediate._destroyed = true;
    changeImmediates(-1, immediate[kRefed] ? -1 : 0);
    immediate[kRefed] = null;
    const callback = immediate._onImmediate;
    immediate._onImmediate = null;
    callInFrame(immediate[kFrame], callback, immediate, immediate._argv ?? []);
    return true;
  }
  return false;
}

/** The ref'd timers and immediates, for process.getActiveResourcesInfo(). */
function getTimerCounts() {
  return { timeoutCount: loopState[REFED_TIMERS], immediateCount: loopState[REFED_IMMEDIATES] };
}

module.exports = {
  init,
  getTimerCounts,
  Timeout,
  Immediate,
  setTimeout,
  setInterval,
  clearTimeout,
  clearInterval: clearTimeout,
  setImmediate,
  clearImmediate,
  runTimer,
  runImmediate,
  insert,
  insertGuarded,
  unenroll,
  kRefed,
  TIMEOUT_MAX,
  asyncIdSymbol,
};

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

// A negative or missing duration means the item is not armed (unenroll sets -1).
const isDisarmed = (msecs) => msecs === undefined || msecs < 0;

function insert(item, msecs, start = loopNow()) {
  if (isDisarmed(msecs)) return;
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

// Re-arms an item that may have been unenrolled (net sockets' idle timeouts): a destroyed item comes back
// with a new async id and counts as ref'd again if it was; an item never ref'd yet (null) becomes ref'd.
function insertGuarded(item) {
  if (isDisarmed(item._idleTimeout)) return;
  insert(item, item._idleTimeout);
  const revived = Boolean(item._destroyed);
  if (revived || !item[asyncIdSymbol]) {
    item._destroyed = false;
    item[asyncIdSymbol] = newAsyncId();
  }
  const firstRef = !revived && item[kRefed] === null;
  if (firstRef) item[kRefed] = true;
  if (firstRef || (revived && item[kRefed])) changeRefedTimers(1);
}

function changeRefedTimers(delta) {
  refedTimers += delta;
  loopState[REFED_TIMERS] = refedTimers;
}

function dropDurationList(list) {
  delete timerListMap[list.msecs];
  heapRemoveAt(list.priorityQueuePosition);
  publishNextExpiry();
}

function unenroll(item) {
  if (item._destroyed) return;
  item._destroyed = true;
  if (item[kRefed]) changeRefedTimers(-1);
  const list = timerListMap[item._idleTimeout];
  const listWasLive = list !== undefined && listPeek(list) !== null;
  listRemove(item);
  if (listWasLive && listPeek(list) === null) dropDurationList(list);
  item._idleTimeout = -1;
}

// Durations outside 1..TIMEOUT_MAX become 1 ms. Node explains why in a warning: an overflow every time,
// a negative or NaN duration (NaN only when a number was passed) once per process.
const durationWarnings = [
  { type: 'TimeoutOverflowWarning', matches: (ms) => ms > TIMEOUT_MAX,
    text: 'does not fit into a 32-bit signed integer.', oncePerProcess: false },
  { type: 'TimeoutNegativeWarning', matches: (ms) => ms < 0,
    text: 'is a negative number.', oncePerProcess: true },
  { type: 'TimeoutNaNWarning', matches: (ms, given) => Number.isNaN(ms) && typeof given === 'number',
    text: 'is not a number.', oncePerProcess: true },
];
const durationWarningsGiven = new Set();

function effectiveDuration(given) {
  const ms = given * 1;
  if (ms >= 1 && ms <= TIMEOUT_MAX) return ms;
  const warning = durationWarnings.find((candidate) => candidate.matches(ms, given));
  if (warning !== undefined && !durationWarningsGiven.has(warning.type)) {
    if (warning.oncePerProcess) durationWarningsGiven.add(warning.type);
    process.emitWarning(`${ms} ${warning.text}\nTimeout duration was set to 1.`, warning.type);
  }
  return 1;
}

// kRefed is true or false while an item lives; toggling it moves the loop's count of ref'd items.
function toggleRef(item, refed, moveCount) {
  if (Boolean(item[kRefed]) !== refed) {
    item[kRefed] = refed;
    moveCount(refed ? 1 : -1);
  }
  return item;
}

// A destroyed timer no longer counts for the loop, ref'd or not.
const timerRefCounter = (timer) => (delta) => {
  if (!timer._destroyed) changeRefedTimers(delta);
};

class Timeout {
  constructor(callback, after, args, isRepeat, isRefed) {
    const duration = effectiveDuration(after);
    // The own properties, in the order util.inspect shows them in Node.
    this._idleTimeout = duration;
    this._idlePrev = this;
    this._idleNext = this;
    this._idleStart = null;
    this._onTimeout = callback;
    this._timerArgs = args;
    this._repeat = isRepeat ? duration : null;
    this._destroyed = false;
    this[kRefed] = isRefed;
    this[kHasPrimitive] = false;
    this[asyncIdSymbol] = newAsyncId();
    this[triggerAsyncIdSymbol] = 1;
    this[kFrame] = currentFrame();
    if (isRefed) changeRefedTimers(1);
  }

  refresh() {
    if (this[kRefed]) this._destroyed = false;
    const armed = this._idleTimeout >= 0;
    if (armed) insert(this, this._idleTimeout);
    return this;
  }

  unref() {
    return toggleRef(this, false, timerRefCounter(this));
  }

  ref() {
    return toggleRef(this, true, timerRefCounter(this));
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

// Accepts the Timeout itself or the primitive id it converted to (a number, or that number as a string).
function clearTimeout(timer) {
  const byId = typeof timer === 'number' || typeof timer === 'string';
  const target = byId ? knownTimersById[timer] : timer;
  if (!target?._onTimeout) return;
  target._onTimeout = undefined; // Node leaves undefined, not null, in a cleared timer
  unenroll(target);
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

// After its callback a timer repeats (an interval not cleared), stays armed (refreshed by the callback),
// or is finished: it stops counting for the loop and forgets its primitive id.
function settleAfterRun(timer, startedAt) {
  if (timer._repeat && timer._idleTimeout !== -1) {
    timer._idleTimeout = timer._repeat;
    insert(timer, timer._repeat, startedAt);
    return;
  }
  const rearmed = Boolean(timer._idleNext || timer._idlePrev);
  if (rearmed || timer._destroyed) return;
  timer._destroyed = true;
  if (timer[kRefed]) changeRefedTimers(-1);
  if (timer[kHasPrimitive]) delete knownTimersById[timer[asyncIdSymbol]];
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
    // An interval's next period counts from when this run started.
    const startedAt = timer._repeat ? loopNow() : 0;
    try {
      callInFrame(timer[kFrame], timer._onTimeout, timer, timer._timerArgs ?? []);
    } finally {
      settleAfterRun(timer, startedAt);
      publishNextExpiry();
    }
    return true;
  }
}

// ---- immediates ----
// Waiting immediates form a null-terminated chain through their own _idlePrev/_idleNext (util.inspect shows
// those links, as in Node); `pendingImmediates` holds its two ends.
const pendingImmediates = { first: null, last: null };

function enqueueImmediate(immediate) {
  const previousLast = pendingImmediates.last;
  immediate._idlePrev = previousLast;
  if (previousLast === null) pendingImmediates.first = immediate;
  else previousLast._idleNext = immediate;
  pendingImmediates.last = immediate;
}

// Also called with objects that were never queued (clearImmediate({}) must not throw): only real
// neighbours and ends are touched.
function unlinkImmediate(immediate) {
  const before = immediate._idlePrev || null;
  const after = immediate._idleNext || null;
  if (before !== null) before._idleNext = after;
  else if (pendingImmediates.first === immediate) pendingImmediates.first = after;
  if (after !== null) after._idlePrev = before;
  else if (pendingImmediates.last === immediate) pendingImmediates.last = before;
  immediate._idleNext = null;
  immediate._idlePrev = null;
}

let running = null; // the immediates of the current check phase, in order
let immediateCount = 0;
let refedImmediates = 0;

function changeImmediates(count, refed) {
  immediateCount += count;
  refedImmediates += refed;
  loopState[IMMEDIATES] = immediateCount;
  loopState[REFED_IMMEDIATES] = refedImmediates;
}

const countRefedImmediates = (delta) => changeImmediates(0, delta);

class Immediate {
  constructor(callback, args) {
    // The own properties, in the order util.inspect shows them in Node.
    Object.assign(this, {
      _idleNext: null,
      _idlePrev: null,
      _onImmediate: callback,
      _argv: args,
      _destroyed: false,
      [kRefed]: true,
      [asyncIdSymbol]: newAsyncId(),
      [triggerAsyncIdSymbol]: 1,
      [kFrame]: currentFrame(),
    });
    changeImmediates(1, 1);
    enqueueImmediate(this);
  }

  // Once an immediate ran or was cleared (kRefed null) its ref state is frozen.
  ref() {
    return this._destroyed ? this : toggleRef(this, true, countRefedImmediates);
  }

  unref() {
    return this._destroyed ? this : toggleRef(this, false, countRefedImmediates);
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
  // Anything but a live Immediate is ignored (clearImmediate({}) leaves the object and the loop alone).
  if (!(immediate instanceof Immediate) || immediate._destroyed) return;
  changeImmediates(-1, immediate[kRefed] ? -1 : 0);
  immediate[kRefed] = null;
  immediate._destroyed = true;
  immediate._onImmediate = undefined;
  if (running !== null && isRunning(immediate)) return;
  unlinkImmediate(immediate);
}

function isRunning(immediate) {
  for (let i = running; i !== null; i = i._idleNext) if (i === immediate) return true;
  return false;
}

/** Runs the next immediate of this check phase; `first` starts the phase with the queue as it is now. */
function runImmediate(first) {
  if (first && running === null) {
    running = pendingImmediates.first;
    pendingImmediates.first = pendingImmediates.last = null;
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
    try {
      callInFrame(immediate[kFrame], immediate._onImmediate, immediate, immediate._argv ?? []);
    } finally {
      immediate._onImmediate = undefined; // only now: the callback still finds itself on `this`, as in Node
    }
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

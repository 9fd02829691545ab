'use strict';
// Shared machinery of the WHATWG Streams Standard: promises with their settle functions, the queue-with-sizes
// of §8.1, strategy extraction, brand checks and the inspect format Node gives stream objects.

const {
  codes: { ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE, ERR_INVALID_THIS, ERR_INVALID_STATE },
} = require('internal/errors');

// Each stream object keeps its internal slots in one record under this key.
const kState = Symbol('kState');

/** Attaches an object's record, hidden from inspect and enumeration. */
function setSlots(object, record) {
  Object.defineProperty(object, kState, { value: record, writable: true, configurable: true, enumerable: false });
}

function noop() {}

// The original Promise.prototype.then: the standard's promise reactions must not run a user's patched then().
const promiseThenOriginal = Promise.prototype.then;
function then(promise, onFulfilled, onRejected) {
  return Reflect.apply(promiseThenOriginal, promise, [onFulfilled, onRejected]);
}

/** A promise with its resolve/reject, and its settled state readable (the spec inspects it). */
function deferred() {
  let resolve;
  let reject;
  const promise = new Promise((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

/** Marks a promise as handled, as the spec's [[PromiseIsHandled]] = true. */
function markHandled(promise) {
  then(promise, undefined, noop);
  return promise;
}

function rejected(reason) {
  return Promise.reject(reason);
}

/** Calls fn and turns a throw into a rejected promise, as "promise-calling" an underlying-source method. */
function promiseCall(fn, thisArg, ...args) {
  try {
    return Promise.resolve(fn === undefined ? undefined : Reflect.apply(fn, thisArg, args));
  } catch (err) {
    return Promise.reject(err);
  }
}

function settle(promise, onFulfilled, onRejected) {
  markHandled(then(promise, onFulfilled, onRejected));
}

// ---- queue-with-sizes (§8.1) ----
function dequeueValue(container) {
  const pair = container.queue.shift();
  container.queueTotalSize = Math.max(0, container.queueTotalSize - pair.size);
  return pair.value;
}

function enqueueValueWithSize(container, value, size) {
  if (typeof size !== 'number' || Number.isNaN(size) || size < 0 || size === Infinity) {
    throw new ERR_INVALID_ARG_VALUE.RangeError('size', size);
  }
  container.queue.push({ value, size });
  container.queueTotalSize += size;
}

function peekQueueValue(container) {
  return container.queue[0].value;
}

function resetQueue(container) {
  container.queue = [];
  container.queueTotalSize = 0;
}

// ---- strategies ----
function extractHighWaterMark(strategy, defaultHWM) {
  if (strategy?.highWaterMark === undefined) return defaultHWM;
  const hwm = Number(strategy.highWaterMark);
  if (Number.isNaN(hwm) || hwm < 0) {
    throw new ERR_INVALID_ARG_VALUE.RangeError('strategy.highWaterMark', strategy.highWaterMark);
  }
  return hwm;
}

function extractSizeAlgorithm(strategy) {
  const size = strategy?.size;
  if (size === undefined) return () => 1;
  if (typeof size !== 'function') throw new ERR_INVALID_ARG_TYPE('strategy.size', 'Function', size);
  return (chunk) => size(chunk);
}

/** WebIDL dictionary member read: a callable or undefined, bound to its dictionary. */
function callbackMember(dict, name, where) {
  const value = dict[name];
  if (value === undefined) return undefined;
  if (typeof value !== 'function') throw new ERR_INVALID_ARG_TYPE(`${where}.${name}`, 'Function', value);
  return value;
}

function checkDictionary(value, name) {
  if (value === undefined || value === null) return {};
  if (typeof value !== 'object' && typeof value !== 'function') {
    throw new ERR_INVALID_ARG_TYPE(name, 'object', value);
  }
  return value;
}

/** An underlying source, sink or transformer: WebIDL `optional object`, so null is refused. */
function checkUnderlying(value, name) {
  if (value === undefined) return {};
  if (value === null || (typeof value !== 'object' && typeof value !== 'function')) {
    throw new ERR_INVALID_ARG_TYPE(name, 'object', value);
  }
  return value;
}

/** Brand check: the record of `object` if it is a `Class`, else throws ERR_INVALID_THIS. */
function slotsOf(object, Class, name = Class.name) {
  if (object == null || typeof object !== 'object' || !(kState in object) || !(object instanceof Class)) {
    throw new ERR_INVALID_THIS(name);
  }
  return object[kState];
}

function isBrand(object, Class) {
  return object != null && typeof object === 'object' && kState in object && object instanceof Class;
}

function invalidState(message) {
  return new ERR_INVALID_STATE.TypeError(message);
}

// ---- bytes ----
function isDetached(buffer) {
  return buffer.detached === true;
}

/** TransferArrayBuffer: the same bytes in a new ArrayBuffer, the old one detached. */
function transferBuffer(buffer) {
  if (isDetached(buffer)) throw invalidState('ArrayBuffer is detached');
  return buffer.transfer();
}

function copyBytes(dest, destOffset, src, srcOffset, length) {
  new Uint8Array(dest, destOffset, length).set(new Uint8Array(src, srcOffset, length));
}

// Node prints stream objects as "Name { shown }", and "[Name]" past the depth limit.
let inspect;
function inspectShown(self, shown, depth, options) {
  if (depth < 0) return self;
  inspect ??= require('internal/util/inspect').inspect;
  const opts = { ...options, depth: options.depth === null ? null : options.depth - 1 };
  return `${self.constructor.name} ${inspect(shown, opts)}`;
}
const customInspect = Symbol.for('nodejs.util.inspect.custom');

/** Gives a class's prototype Node's shape: enumerable members and a toStringTag. */
function webIdlClass(Class, tag = Class.name) {
  const proto = Class.prototype;
  for (const name of Object.getOwnPropertyNames(proto)) {
    if (name === 'constructor') continue;
    const desc = Object.getOwnPropertyDescriptor(proto, name);
    desc.enumerable = true;
    Object.defineProperty(proto, name, desc);
  }
  Object.defineProperty(proto, Symbol.toStringTag, { value: tag, configurable: true });
}

module.exports = {
  kState,
  setSlots,
  noop,
  then,
  deferred,
  markHandled,
  rejected,
  promiseCall,
  settle,
  dequeueValue,
  enqueueValueWithSize,
  peekQueueValue,
  resetQueue,
  extractHighWaterMark,
  extractSizeAlgorithm,
  callbackMember,
  checkDictionary,
  checkUnderlying,
  slotsOf,
  isBrand,
  invalidState,
  isDetached,
  transferBuffer,
  copyBytes,
  inspectShown,
  customInspect,
  webIdlClass,
};

'use strict';
// The Readable operators (map, filter, forEach, toArray, some, every, find, reduce, flatMap, drop, take).
// Those that return a stream wrap an async generator over the source with Readable.from; the others are
// async functions. map runs up to `concurrency` calls of its function at once and keeps the source order.

const {
  AbortError,
  codes: { ERR_ILLEGAL_CONSTRUCTOR, ERR_MISSING_ARGS, ERR_OUT_OF_RANGE },
} = require('internal/errors');
const { validateAbortSignal, validateFunction, validateInteger, validateObject } = require('internal/validators');

// What a filtering function returns for a chunk to leave out.
const kSkip = Symbol('kSkip');

function validateOptions(options) {
  if (options != null) validateObject(options, 'options');
  if (options?.signal != null) validateAbortSignal(options.signal, 'options.signal');
}

function throwIfAborted(signal) {
  if (signal?.aborted) throw new AbortError(undefined, { cause: signal.reason });
}

function concurrencyOptions(options) {
  validateOptions(options);
  let concurrency = 1;
  if (options?.concurrency != null) concurrency = Math.floor(Number(options.concurrency));
  validateInteger(concurrency, 'options.concurrency', 1);
  let highWaterMark = concurrency - 1;
  if (options?.highWaterMark != null) highWaterMark = Math.floor(Number(options.highWaterMark));
  validateInteger(highWaterMark, 'options.highWaterMark', 0);
  return { concurrency, highWaterMark, signal: options?.signal };
}

/** Results of fn over the source, in source order, with up to `concurrency` calls running. */
async function* mapChunks(stream, fn, { concurrency, signal }) {
  const controller = new AbortController();
  const onAbort = () => controller.abort(signal.reason);
  signal?.addEventListener('abort', onAbort, { once: true });
  const callOptions = { signal: controller.signal };
  const iterator = stream[Symbol.asyncIterator]();
  const running = [];
  let sourceDone = false;
  try {
    for (;;) {
      while (!sourceDone && running.length < concurrency) {
        throwIfAborted(signal);
        const step = await iterator.next();
        if (step.done) {
          sourceDone = true;
          break;
        }
        const result = (async () => fn(step.value, callOptions))();
        result.catch(() => {}); // its rejection is thrown when its turn comes
        running.push(result);
      }
      if (running.length === 0) return;
      const value = await running.shift();
      throwIfAborted(signal);
      if (value !== kSkip) yield value;
    }
  } finally {
    signal?.removeEventListener('abort', onAbort);
    controller.abort();
    if (!sourceDone && typeof iterator.return === 'function') await iterator.return();
  }
}

function filterFunction(fn) {
  return async (value, options) => ((await fn(value, options)) ? value : kSkip);
}

function map(fn, options) {
  validateFunction(fn, 'fn');
  return mapChunks(this, fn, concurrencyOptions(options));
}

function filter(fn, options) {
  validateFunction(fn, 'fn');
  return mapChunks(this, filterFunction(fn), concurrencyOptions(options));
}

function flatMap(fn, options) {
  validateFunction(fn, 'fn');
  const mapped = mapChunks(this, fn, concurrencyOptions(options));
  return (async function* flatten() {
    for await (const inner of mapped) yield* inner;
  })();
}

function countArgument(number) {
  const n = Number(number);
  const count = Number.isNaN(n) ? 0 : (Number.isFinite(n) ? Math.trunc(n) : n);
  if (count < 0) throw new ERR_OUT_OF_RANGE('number', '>= 0', count);
  return count;
}

function drop(number, options = undefined) {
  validateOptions(options);
  let toSkip = countArgument(number);
  const stream = this;
  return (async function* dropped() {
    throwIfAborted(options?.signal);
    for await (const chunk of stream) {
      throwIfAborted(options?.signal);
      if (toSkip-- <= 0) yield chunk;
    }
  })();
}

function take(number, options = undefined) {
  validateOptions(options);
  let left = countArgument(number);
  const stream = this;
  return (async function* taken() {
    throwIfAborted(options?.signal);
    if (left <= 0) return;
    for await (const chunk of stream) {
      throwIfAborted(options?.signal);
      yield chunk;
      if (--left <= 0) return;
    }
  })();
}

async function forEach(fn, options) {
  validateFunction(fn, 'fn');
  const each = async (value, callOptions) => {
    await fn(value, callOptions);
    return kSkip;
  };
  // eslint-disable-next-line no-unused-vars
  for await (const unused of mapChunks(this, each, concurrencyOptions(options)));
}

async function toArray(options) {
  validateOptions(options);
  const result = [];
  for await (const chunk of this) {
    throwIfAborted(options?.signal);
    result.push(chunk);
  }
  return result;
}

async function some(fn, options = undefined) {
  validateFunction(fn, 'fn');
  // eslint-disable-next-line no-unused-vars
  for await (const unused of mapChunks(this, filterFunction(fn), concurrencyOptions(options))) return true;
  return false;
}

async function every(fn, options = undefined) {
  validateFunction(fn, 'fn');
  return !(await some.call(this, async (...args) => !(await fn(...args)), options));
}

async function find(fn, options) {
  validateFunction(fn, 'fn');
  for await (const found of mapChunks(this, filterFunction(fn), concurrencyOptions(options))) return found;
  return undefined;
}

/** What reduce() does on a signal aborted before it starts: the stream is given up, its own report swallowed. */
async function abandonForAbortedSignal(stream, signal) {
  const abortError = new AbortError(undefined, { cause: signal.reason });
  stream.once('error', () => {});
  await require('internal/streams/finished').finishedPromise(stream.destroy(abortError));
  throw abortError;
}

async function reduce(reducer, initialValue, options) {
  validateFunction(reducer, 'reducer');
  validateOptions(options);
  const signal = options?.signal;
  if (signal?.aborted) await abandonForAbortedSignal(this, signal);
  // Without an initial value the first chunk seeds the accumulator.
  let seeded = arguments.length > 1;
  let accumulator = initialValue;
  for await (const chunk of this) {
    throwIfAborted(signal);
    accumulator = seeded ? await reducer(accumulator, chunk, { signal }) : chunk;
    seeded = true;
  }
  if (seeded) return accumulator;
  const emptyError = new ERR_MISSING_ARGS('reduce');
  emptyError.message = 'Reduce of an empty stream requires an initial value';
  throw emptyError;
}

/** Adds the operators to Readable.prototype, non-enumerable and not constructible, as in Node. */
function installOperators(Readable) {
  const streamReturning = { drop, filter, flatMap, map, take };
  const promiseReturning = { every, forEach, reduce, toArray, some, find };
  const define = (name, fn, wrap) => {
    const method = function(...args) {
      if (new.target) throw new ERR_ILLEGAL_CONSTRUCTOR();
      return wrap(fn.apply(this, args));
    };
    Object.defineProperty(method, 'name', { __proto__: null, value: name });
    Object.defineProperty(method, 'length', { __proto__: null, value: fn.length });
    Object.defineProperty(Readable.prototype, name, {
      __proto__: null, value: method, enumerable: false, configurable: true, writable: true,
    });
  };
  for (const [name, fn] of Object.entries(streamReturning)) {
    define(name, fn, (iterable) => Readable.from(iterable, { objectMode: true }));
  }
  for (const [name, fn] of Object.entries(promiseReturning)) define(name, fn, (promise) => promise);
}

module.exports = { installOperators };

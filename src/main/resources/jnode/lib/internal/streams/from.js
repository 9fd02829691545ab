'use strict';
// Readable.from(iterable): a Readable (object mode by default) that pulls from a sync or async iterator
// as the consumer reads, awaits promises a sync iterator yields, and closes the iterator when destroyed.

const { Buffer } = require('buffer');
const { codes: { ERR_INVALID_ARG_TYPE, ERR_STREAM_NULL_VALUES } } = require('internal/errors');

function readableFrom(Readable, iterable, options) {
  if (typeof iterable === 'string' || iterable instanceof Buffer) {
    return new Readable({
      objectMode: true,
      ...options,
      read() {
        this.push(iterable);
        this.push(null);
      },
    });
  }
  let iterator;
  let isAsync;
  if (iterable && typeof iterable[Symbol.asyncIterator] === 'function') {
    isAsync = true;
    iterator = iterable[Symbol.asyncIterator]();
  } else if (iterable && typeof iterable[Symbol.iterator] === 'function') {
    isAsync = false;
    iterator = iterable[Symbol.iterator]();
  } else {
    throw new ERR_INVALID_ARG_TYPE('iterable', ['Iterable'], iterable);
  }

  const readable = new Readable({ objectMode: true, highWaterMark: 1, ...options });
  let pulling = false;

  async function pull() {
    for (;;) {
      try {
        const step = isAsync ? await iterator.next() : iterator.next();
        if (step.done) {
          readable.push(null);
          return;
        }
        const value = step.value && typeof step.value.then === 'function' ? await step.value : step.value;
        if (value === null) {
          pulling = false;
          throw new ERR_STREAM_NULL_VALUES();
        }
        if (readable.push(value)) continue;
        pulling = false;
      } catch (err) {
        readable.destroy(err);
      }
      return;
    }
  }

  // Gives the iterator the chance to clean up (its finally blocks) before 'close'.
  async function closeIterator(err) {
    if (err != null && typeof iterator.throw === 'function') {
      const { value, done } = await iterator.throw(err);
      await value;
      if (done) return;
    }
    if (typeof iterator.return === 'function') {
      const { value } = await iterator.return();
      await value;
    }
  }

  readable._read = function _read() {
    if (!pulling) {
      pulling = true;
      pull();
    }
  };
  readable._destroy = function _destroy(err, callback) {
    closeIterator(err).then(() => process.nextTick(callback, err), (closeErr) => process.nextTick(callback, closeErr || err));
  };
  return readable;
}

module.exports = { readableFrom };

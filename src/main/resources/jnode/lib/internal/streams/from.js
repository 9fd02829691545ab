'use strict';
// Readable.from(iterable): a Readable (object mode by default) that pulls from a sync or async iterator
// as the consumer reads, awaits promises a sync iterator yields, and closes the iterator when destroyed.
// A string or a Buffer is not iterated: it is one chunk.

const { Buffer } = require('buffer');
const { codes: { ERR_INVALID_ARG_TYPE, ERR_STREAM_NULL_VALUES } } = require('internal/errors');

// Async iteration is preferred when an object offers both.
const iterationProtocols = [[Symbol.asyncIterator, true], [Symbol.iterator, false]];

function openIterator(iterable) {
  for (const [symbol, isAsync] of iterationProtocols) {
    if (typeof iterable?.[symbol] === 'function') return { iterator: iterable[symbol](), isAsync };
  }
  throw new ERR_INVALID_ARG_TYPE('iterable', ['Iterable'], iterable);
}

const isThenable = (value) => !!value && typeof value.then === 'function';

/** Lets the iterator run its finally blocks before 'close': an error is thrown into it, else it is returned. */
async function closeIterator(iterator, err) {
  if (err != null && typeof iterator.throw === 'function') {
    const outcome = await iterator.throw(err);
    await outcome.value;
    if (outcome.done) return;
  }
  if (typeof iterator.return !== 'function') return;
  const outcome = await iterator.return();
  await outcome.value;
}

function readableFrom(Readable, iterable, options) {
  if (typeof iterable === 'string' || iterable instanceof Buffer) {
    const pushWhole = function() {
      this.push(iterable);
      this.push(null);
    };
    return new Readable({ objectMode: true, ...options, read: pushWhole });
  }
  const { iterator, isAsync } = openIterator(iterable);
  const readable = new Readable({ objectMode: true, highWaterMark: 1, ...options });

  // One pump runs at a time; it stops when the buffer is full and the next `_read` restarts it. After the
  // iterator is done or failed nothing restarts it.
  let pumping = false;
  const pump = async () => {
    try {
      for (;;) {
        const step = isAsync ? await iterator.next() : iterator.next();
        if (step.done) {
          readable.push(null);
          return;
        }
        const chunk = isThenable(step.value) ? await step.value : step.value;
        if (chunk === null) {
          pumping = false;
          throw new ERR_STREAM_NULL_VALUES();
        }
        if (!readable.push(chunk)) break;
      }
      pumping = false;
    } catch (err) {
      readable.destroy(err);
    }
  };

  readable._read = function() {
    if (pumping) return;
    pumping = true;
    pump();
  };
  readable._destroy = function(err, callback) {
    closeIterator(iterator, err).then(
      () => process.nextTick(callback, err),
      (closeErr) => process.nextTick(callback, closeErr || err));
  };
  return readable;
}

module.exports = { readableFrom };

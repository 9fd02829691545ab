'use strict';
// Duplex.from(), stream.compose() and readable.compose(). All three end in a bridge: a Duplex whose
// writes go into one stream (`writable`) and whose reads come out of another (`readable`), which are
// either the two ends of a pipeline (compose) or a pair the caller gave (Duplex.from).

const {
  AbortError,
  codes: { ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE, ERR_INVALID_RETURN_VALUE, ERR_MISSING_ARGS, ERR_JNODE_UNSUPPORTED },
} = require('internal/errors');
const { validateAbortSignal, validateObject } = require('internal/validators');
const {
  destroyAny, isDuplexNodeStream, isIterable, isNodeStream, isReadable, isReadableNodeStream, isWebStream,
  isWritable, isWritableNodeStream,
} = require('internal/streams/utils');
const { finished } = require('internal/streams/finished');

let Duplex;
let Duplexify;
let Readable;
function classes() {
  if (Duplexify) return;
  Duplex = require('internal/streams/duplex');
  // Node names the streams Duplex.from() makes Duplexify (compose makes plain Duplexes).
  Duplexify = class Duplexify extends Duplex {};
  Readable = require('internal/streams/readable').Readable;
}

/**
 * A DuplexClass over `writable` and `readable` (either may be absent). `watch(onDone)` reports when the
 * underlying streams are finished, with their error; the bridge is destroyed then unless a side of it
 * is still open. Destroying the bridge destroys `readable`, and `writable` too when `destroyBothEnds`.
 * The bridge's 'finish' waits for `finishedBy` to finish: for a composition, the last stage, so that
 * everything written has gone through the whole chain.
 */
function bridge(DuplexClass, { writable, readable, finishedBy, destroyBothEnds }, watch) {
  let isOpenForWrite = !!writable && !!isWritable(writable);
  let isOpenForRead = !!readable && !!isReadable(readable);
  const duplex = new DuplexClass({
    writableObjectMode: !!writable?.writableObjectMode,
    readableObjectMode: !!readable?.readableObjectMode,
    writable: isOpenForWrite,
    readable: isOpenForRead,
  });
  let onDrain = null;
  let onFinish = null;
  let onReadable = null;
  // undefined while the underlying streams run; then the callback of a duplex._destroy that waits for
  // them; null once they are done.
  let onClosed;

  if (isOpenForWrite) {
    duplex._write = (chunk, encoding, callback) => {
      if (writable.write(chunk, encoding)) callback();
      else onDrain = callback;
    };
    duplex._final = (callback) => {
      writable.end();
      onFinish = callback;
    };
    writable.on('drain', () => {
      const callback = onDrain;
      onDrain = null;
      if (callback) callback();
    });
    finishedBy.on('finish', () => {
      const callback = onFinish;
      onFinish = null;
      if (callback) callback();
    });
  }
  if (isOpenForRead) {
    readable.on('readable', () => {
      const callback = onReadable;
      onReadable = null;
      if (callback) callback();
    });
    readable.on('end', () => duplex.push(null));
    duplex._read = () => {
      for (;;) {
        const chunk = readable.read();
        if (chunk === null) {
          onReadable = duplex._read;
          return;
        }
        if (!duplex.push(chunk)) return;
      }
    };
  }
  duplex._destroy = (err, callback) => {
    if (!err && onClosed !== null) err = new AbortError();
    onReadable = onDrain = onFinish = null;
    if (onClosed === null) {
      callback(err);
    } else {
      onClosed = callback;
      // A pair is destroyed at both ends; a composition at its tail, the pipeline does the rest.
      if (destroyBothEnds) destroyAny(writable, err);
      destroyAny(readable, err);
    }
  };
  watch((err, side) => {
    if (side === 'writable') isOpenForWrite = false;
    if (side === 'readable') isOpenForRead = false;
    const callback = onClosed;
    onClosed = null;
    if (callback) callback(err);
    else if (err) duplex.destroy(err);
    else if (!isOpenForWrite && !isOpenForRead) duplex.destroy();
  });
  return duplex;
}

/** Duplex.from({ readable, writable }) and the stream-only cases of Duplex.from. */
function bridgePair(pair) {
  classes();
  let readable = pair.readable;
  if (readable && typeof readable.read !== 'function') readable = Readable.wrap(readable);
  const writable = pair.writable;
  return bridge(Duplexify, { writable, readable, finishedBy: writable, destroyBothEnds: true }, (onDone) => {
    if (writable && isWritable(writable)) {
      finished(writable, (err) => {
        if (err) destroyAny(readable, err);
        onDone(err, 'writable');
      });
    }
    if (readable && isReadable(readable)) {
      finished(readable, (err) => {
        if (err) destroyAny(readable, err);
        onDone(err, 'readable');
      });
    }
  });
}

/** Runs an async generator function as a transform: written chunks are its source, what it yields is read. */
function fromAsyncFunction(fn) {
  let deliver = null;
  let nextWrite = new Promise((resolve) => { deliver = resolve; });
  const controller = new AbortController();
  const { signal } = controller;
  async function* source() {
    for (;;) {
      const { chunk, done, callback } = await nextWrite;
      process.nextTick(callback);
      if (done) return;
      if (signal.aborted) throw new AbortError(undefined, { cause: signal.reason });
      nextWrite = new Promise((resolve) => { deliver = resolve; });
      yield chunk;
    }
  }
  const value = fn(source(), { signal });
  return {
    value,
    write(chunk, encoding, callback) {
      deliver({ chunk, done: false, callback });
    },
    final(callback) {
      deliver({ done: true, callback });
    },
    destroy(err, callback) {
      controller.abort();
      callback(err);
    },
  };
}

function duplexFrom(body, name) {
  classes();
  if (isDuplexNodeStream(body)) return body;
  if (isReadableNodeStream(body)) return bridgePair({ readable: body });
  if (isWritableNodeStream(body)) return bridgePair({ writable: body });
  if (isNodeStream(body)) return bridgePair({ writable: false, readable: false });
  if (isWebStream(body)) throw new ERR_JNODE_UNSUPPORTED('stream.Duplex.from() of a web stream');

  if (typeof body === 'function') {
    const { value, write, final, destroy } = fromAsyncFunction(body);
    if (isIterable(value)) {
      return require('internal/streams/from').readableFrom(Duplexify, value, {
        objectMode: true, write, final, destroy,
      });
    }
    if (typeof value?.then === 'function') return writableUntilSettled(value, { write, final, destroy });
    throw new ERR_INVALID_RETURN_VALUE('Iterable, AsyncIterable or AsyncFunction', name, value);
  }
  if (isIterable(body)) {
    return require('internal/streams/from').readableFrom(Duplexify, body, { objectMode: true, writable: false });
  }
  if (typeof body?.writable === 'object' || typeof body?.readable === 'object') {
    const side = (stream, isRightKind) => {
      if (!stream) return undefined;
      return isRightKind(stream) ? stream : duplexFrom(stream);
    };
    return bridgePair({
      readable: side(body.readable, isReadableNodeStream),
      writable: side(body.writable, isWritableNodeStream),
    });
  }
  if (typeof body?.then === 'function') return readableOfSettledValue(body);
  throw new ERR_INVALID_ARG_TYPE(name, acceptedBodyTypes, body);
}

const acceptedBodyTypes = ['Blob', 'ReadableStream', 'WritableStream', 'Stream', 'Iterable', 'AsyncIterable',
  'Function', '{ readable, writable } pair', 'Promise'];

/**
 * A body function that returned a promise consumes what is written (`sink` feeds its source). The writable
 * side finishes once the promise settles, which must be with a nullish value.
 */
function writableUntilSettled(promise, sink) {
  let duplex = null;
  const outcome = promise.then((result) => {
    if (result != null) throw new ERR_INVALID_RETURN_VALUE('nully', 'body', result);
  }, (err) => destroyAny(duplex, err));
  const finishAfterOutcome = (callback) => {
    sink.final(() => outcome.then(
      () => process.nextTick(callback, null),
      (err) => process.nextTick(callback, err)));
  };
  duplex = new Duplexify({
    objectMode: true, readable: false, write: sink.write, final: finishAfterOutcome, destroy: sink.destroy,
  });
  return duplex;
}

/** A promise body: read-only, its value (unless nullish) is the one chunk. */
function readableOfSettledValue(promise) {
  const duplex = new Duplexify({ objectMode: true, writable: false, read() {} });
  promise.then((value) => {
    if (value != null) duplex.push(value);
    duplex.push(null);
  }, (err) => destroyAny(duplex, err));
  return duplex;
}

/** stream.compose(...streams): one Duplex writing into the first stage and reading from the last. */
function compose(...stages) {
  classes();
  if (stages.length === 0) throw new ERR_MISSING_ARGS('streams');
  if (stages.length === 1) return duplexFrom(stages[0], 'streams[0]');
  const streams = stages.map((stage, i) => {
    if (isNodeStream(stage)) return stage;
    return duplexFrom(stage, `streams[${i}]`);
  });
  for (let i = 0; i < streams.length; i++) {
    if (i < streams.length - 1 && !isReadable(streams[i])) {
      throw new ERR_INVALID_ARG_VALUE(`streams[${i}]`, stages[i], 'must be readable');
    }
    if (i > 0 && !isWritable(streams[i])) {
      throw new ERR_INVALID_ARG_VALUE(`streams[${i}]`, stages[i], 'must be writable');
    }
  }
  const head = streams[0];
  let reportDone;
  const tail = require('internal/streams/pipeline').pipeline(streams, (err) => reportDone(err));
  // The pipeline calls back on a later tick, when the bridge has registered its watcher.
  return bridge(Duplex, { writable: head, readable: tail, finishedBy: tail, destroyBothEnds: false },
    (onDone) => { reportDone = onDone; });
}

/** readable.compose(stream, options). */
function composeWith(source, stream, options) {
  if (options != null) validateObject(options, 'options');
  if (options?.signal != null) validateAbortSignal(options.signal, 'options.signal');
  const composed = compose(source, stream);
  if (options?.signal) require('internal/streams/add_abort_signal').addAbortSignalNoValidate(options.signal, composed);
  return composed;
}

module.exports = { duplexFrom, compose, composeWith };

'use strict';
// Readable: a buffer of chunks between the producer (`_read` and `push`) and the consumer, who either pulls
// (`read()`, the 'readable' event: paused mode) or is pushed to ('data' events: flowing mode).
//
// The producer is asked for more (`_read`) while the buffer holds less than highWaterMark. Events that
// report a state change ('readable', 'end') are emitted on a later tick, never inside push(), except when
// push() is called from outside a `_read` call (then `sync` is false and 'readable' comes at once).

const EE = require('events');
const { Buffer } = require('buffer');
const Stream = require('internal/streams/legacy');
const { highWaterMarkFrom } = require('internal/streams/options');
const {
  destroy, undestroy, failStream, startConstruct, presetEventSlots, adoptImplementations, destroyOnAbort,
} = require('internal/streams/lifecycle');
const {
  codes: {
    ERR_INVALID_ARG_TYPE, ERR_METHOD_NOT_IMPLEMENTED, ERR_OUT_OF_RANGE, ERR_STREAM_PUSH_AFTER_EOF,
    ERR_STREAM_UNSHIFT_AFTER_END_EVENT,
  },
} = require('internal/errors');

const kPaused = Symbol('kPaused');
let StringDecoder;

/** Everything a Readable knows about its buffer and its consumer; fields named as in Node. */
class ReadableState {
  constructor(options, stream, isDuplex) {
    const duplexOption = (name) => (isDuplex && options ? options[name] : undefined);
    this.objectMode = !!(options && (options.objectMode || duplexOption('readableObjectMode')));
    this.highWaterMark = highWaterMarkFrom(options, isDuplex ? 'readableHighWaterMark' : undefined,
      this.objectMode);
    this.buffer = [];
    this.length = 0;
    this.pipes = [];
    // null: nobody consumes yet; true: flowing ('data'); false: paused (read() or 'readable').
    this.flowing = null;
    this.ended = false;
    this.endEmitted = false;
    this.reading = false;
    this.constructed = true;
    // True while `_read` runs: a push() then must not emit events at once.
    this.sync = true;
    this.needReadable = false;
    this.emittedReadable = false;
    this.readableListening = false;
    this.resumeScheduled = false;
    this.errorEmitted = false;
    this.emitClose = !options || options.emitClose !== false;
    this.autoDestroy = !options || options.autoDestroy !== false;
    this.destroyed = false;
    this.errored = null;
    this.closed = false;
    this.closeEmitted = false;
    this.defaultEncoding = (options && options.defaultEncoding) || 'utf8';
    // Writers piping into us that wait for 'drain' before we flow again.
    this.awaitDrainWriters = null;
    this.multiAwaitDrain = false;
    this.readingMore = false;
    this.dataEmitted = false;
    this.decoder = null;
    this.encoding = null;
    this[kPaused] = null;
    if (options && options.encoding) {
      StringDecoder ??= require('string_decoder').StringDecoder;
      this.decoder = new StringDecoder(options.encoding);
      this.encoding = options.encoding;
    }
  }

  get paused() {
    return this[kPaused] === true;
  }

  get pipesCount() {
    return this.pipes.length;
  }
}

// Listener slots every Readable has from the start.
const readableEventSlots = ['close', 'error', 'data', 'end', 'readable'];
const readableImplementations = ['read', 'destroy', 'construct'];

function Readable(options) {
  if (!(this instanceof Readable)) return new Readable(options);
  presetEventSlots(this, readableEventSlots);
  initReadable(this, options, false);
  destroyOnAbort(this, options);
  Stream.call(this, options);
  startConstruct(this, () => afterConstructed(this));
}
Object.setPrototypeOf(Readable.prototype, Stream.prototype);
Object.setPrototypeOf(Readable, Stream);

/** Sets up the readable side (a Duplex calls this too, then runs the rest of construction once for both). */
function initReadable(stream, options, isDuplex) {
  stream._readableState = new ReadableState(options, stream, isDuplex);
  adoptImplementations(stream, options, readableImplementations);
}

function afterConstructed(stream) {
  const state = stream._readableState;
  if (state.needReadable) scheduleReadMore(stream, state);
}

Readable.ReadableState = ReadableState;

Readable.prototype.destroy = destroy;
Readable.prototype._undestroy = undestroy;
Readable.prototype._destroy = function _destroy(err, callback) {
  callback(err);
};

Readable.prototype[EE.captureRejectionSymbol] = function captureRejection(err) {
  this.destroy(err);
};

Readable.prototype.push = function push(chunk, encoding) {
  return addChunk(this, chunk, encoding, false);
};

Readable.prototype.unshift = function unshift(chunk, encoding) {
  return addChunk(this, chunk, encoding, true);
};

/**
 * Turns a pushed chunk into what the buffer holds: Buffers (or decoded strings once setEncoding was called)
 * outside object mode. Returns [chunk, encoding] or throws for a chunk of the wrong type.
 */
function normalizeChunk(state, chunk, encoding, toFront) {
  if (state.objectMode || chunk === null) return [chunk, encoding];
  if (typeof chunk === 'string') {
    encoding ||= state.defaultEncoding;
    if (state.encoding === encoding) return [chunk, encoding];
    // An unshifted string must match what read() returns, which is already decoded.
    if (toFront && state.encoding) return [Buffer.from(chunk, encoding).toString(state.encoding), encoding];
    return [Buffer.from(chunk, encoding), ''];
  }
  if (Buffer.isBuffer(chunk)) return [chunk, ''];
  if (ArrayBuffer.isView(chunk)) return [Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength), ''];
  if (chunk === undefined) return [chunk, encoding];
  throw new ERR_INVALID_ARG_TYPE('chunk', ['string', 'Buffer', 'TypedArray', 'DataView'], chunk);
}

function addChunk(stream, rawChunk, rawEncoding, toFront) {
  const state = stream._readableState;
  let chunk;
  let encoding;
  try {
    [chunk, encoding] = normalizeChunk(state, rawChunk, rawEncoding, toFront);
  } catch (err) {
    failStream(stream, err);
    return false;
  }
  if (chunk === null) {
    state.reading = false;
    endOfInput(stream, state);
    return false;
  }
  if (state.objectMode || (chunk && chunk.length > 0)) {
    if (toFront) {
      if (state.endEmitted) {
        failStream(stream, new ERR_STREAM_UNSHIFT_AFTER_END_EVENT());
        return false;
      }
      if (state.destroyed || state.errored) return false;
      storeChunk(stream, state, chunk, true);
    } else if (state.ended) {
      failStream(stream, new ERR_STREAM_PUSH_AFTER_EOF());
      return false;
    } else if (state.destroyed || state.errored) {
      return false;
    } else {
      state.reading = false;
      if (state.decoder && !encoding) {
        chunk = state.decoder.write(chunk);
        if (state.objectMode || chunk.length !== 0) storeChunk(stream, state, chunk, false);
        else scheduleReadMore(stream, state);
      } else {
        storeChunk(stream, state, chunk, false);
      }
    }
  } else if (!toFront) {
    // An empty chunk only says that this `_read` is done.
    state.reading = false;
    scheduleReadMore(stream, state);
  }
  return !state.ended && (state.length < state.highWaterMark || state.length === 0);
}

function storeChunk(stream, state, chunk, toFront) {
  // A flowing stream with an empty buffer hands the chunk straight to the 'data' listeners.
  if (state.flowing && state.length === 0 && !state.sync && stream.listenerCount('data') > 0) {
    clearAwaitDrain(state);
    state.dataEmitted = true;
    stream.emit('data', chunk);
  } else {
    state.length += state.objectMode ? 1 : chunk.length;
    if (toFront) state.buffer.unshift(chunk);
    else state.buffer.push(chunk);
    if (state.needReadable) scheduleReadable(stream);
  }
  scheduleReadMore(stream, state);
}

function clearAwaitDrain(state) {
  if (state.multiAwaitDrain) state.awaitDrainWriters.clear();
  else state.awaitDrainWriters = null;
}

/** push(null): no more data. Whatever the decoder still holds becomes the last chunk. */
function endOfInput(stream, state) {
  if (state.ended) return;
  if (state.decoder) {
    const rest = state.decoder.end();
    if (rest && rest.length) {
      state.buffer.push(rest);
      state.length += state.objectMode ? 1 : rest.length;
    }
  }
  state.ended = true;
  if (state.sync) {
    scheduleReadable(stream);
  } else {
    state.needReadable = false;
    state.emittedReadable = true;
    announceReadable(stream);
  }
}

Readable.prototype.isPaused = function isPaused() {
  const state = this._readableState;
  return state[kPaused] === true || state.flowing === false;
};

Readable.prototype.setEncoding = function setEncoding(enc) {
  StringDecoder ??= require('string_decoder').StringDecoder;
  const decoder = new StringDecoder(enc);
  const state = this._readableState;
  state.decoder = decoder;
  state.encoding = decoder.encoding;
  // What is buffered already is decoded now, so read() returns strings only.
  let text = '';
  for (const chunk of state.buffer) text += decoder.write(chunk);
  state.buffer = text === '' ? [] : [text];
  state.length = text.length;
  return this;
};

const kMaxHighWaterMark = 0x40000000;

/** read(n) with n above highWaterMark raises it to the next power of two. */
function raisedHighWaterMark(n) {
  if (n > kMaxHighWaterMark) throw new ERR_OUT_OF_RANGE('size', '<= 1GiB', n);
  let power = 1;
  while (power < n) power *= 2;
  return power;
}

/** How many bytes (or objects) read(n) can return now; 0 means none yet. */
function amountToRead(n, state) {
  if (n <= 0 || (state.length === 0 && state.ended)) return 0;
  if (state.objectMode) return 1;
  if (Number.isNaN(n)) {
    // read() without a size: a flowing stream hands out one chunk at a time, a paused one everything.
    return state.flowing && state.length ? state.buffer[0].length : state.length;
  }
  if (n <= state.length) return n;
  return state.ended ? state.length : 0;
}

Readable.prototype.read = function read(size) {
  const state = this._readableState;
  let n;
  if (size === undefined) n = NaN;
  else if (!Number.isInteger(size)) n = Number.parseInt(size, 10);
  else n = size;
  const requested = n;
  if (n > state.highWaterMark) state.highWaterMark = raisedHighWaterMark(n);
  if (n !== 0) state.emittedReadable = false;

  // read(0) only asks for a 'readable' (or 'end') when enough is there, or for more data otherwise.
  if (n === 0 && state.needReadable &&
      ((state.highWaterMark !== 0 ? state.length >= state.highWaterMark : state.length > 0) || state.ended)) {
    if (state.length === 0 && state.ended) scheduleEnd(this);
    else scheduleReadable(this);
    return null;
  }

  n = amountToRead(n, state);
  if (n === 0 && state.ended) {
    if (state.length === 0) scheduleEnd(this);
    return null;
  }

  // Ask the producer for more when the buffer would fall below highWaterMark.
  let askProducer = state.needReadable || state.length === 0 || state.length - n < state.highWaterMark;
  if (state.ended || state.reading || state.destroyed || state.errored || !state.constructed) askProducer = false;
  if (askProducer) {
    state.reading = true;
    state.sync = true;
    if (state.length === 0) state.needReadable = true;
    try {
      this._read(state.highWaterMark);
    } catch (err) {
      failStream(this, err);
    }
    state.sync = false;
    // A synchronous push() inside `_read` may have added what we need.
    if (!state.reading) n = amountToRead(requested, state);
  }

  let chunk = n > 0 ? takeFromBuffer(n, state) : null;
  if (chunk === null) {
    state.needReadable = state.length <= state.highWaterMark;
    n = 0;
  } else {
    state.length -= n;
    clearAwaitDrain(state);
  }

  if (state.length === 0) {
    if (!state.ended) state.needReadable = true;
    if (requested !== n && state.ended) scheduleEnd(this);
  }

  if (chunk !== null && !state.errorEmitted && !state.closeEmitted) {
    state.dataEmitted = true;
    this.emit('data', chunk);
  }
  return chunk;
};

/** Removes n bytes (one object in object mode; everything when n covers the buffer) from the buffer's front. */
function takeFromBuffer(n, state) {
  if (state.length === 0) return null;
  const buffer = state.buffer;
  if (state.objectMode) return buffer.shift();
  if (!n || n >= state.length) {
    let all;
    if (state.decoder) all = buffer.join('');
    else if (buffer.length === 1) all = buffer[0];
    else all = Buffer.concat(buffer, state.length);
    state.buffer = [];
    return all;
  }
  const first = buffer[0];
  if (n < first.length) {
    buffer[0] = first.slice(n);
    return first.slice(0, n);
  }
  if (n === first.length) return buffer.shift();
  // n spans several chunks.
  const parts = [];
  let missing = n;
  while (missing > 0) {
    const head = buffer[0];
    if (head.length <= missing) {
      parts.push(buffer.shift());
      missing -= head.length;
    } else {
      parts.push(head.slice(0, missing));
      buffer[0] = head.slice(missing);
      missing = 0;
    }
  }
  return state.decoder ? parts.join('') : Buffer.concat(parts, n);
}
Readable._fromList = takeFromBuffer;

Readable.prototype._read = function _read(n) {
  throw new ERR_METHOD_NOT_IMPLEMENTED('_read()');
};

Readable.prototype.pipe = function pipe(dest, pipeOptions) {
  return require('internal/streams/pipe').pipe(this, dest, pipeOptions);
};

Readable.prototype.unpipe = function unpipe(dest) {
  return require('internal/streams/pipe').unpipe(this, dest);
};

function scheduleReadable(stream) {
  const state = stream._readableState;
  state.needReadable = false;
  if (!state.emittedReadable) {
    state.emittedReadable = true;
    process.nextTick(announceReadable, stream);
  }
}

/** Emits 'readable' when there is something to read (or the end), then lets a flowing stream flow. */
function announceReadable(stream) {
  const state = stream._readableState;
  if (!state.destroyed && !state.errored && (state.length || state.ended)) {
    stream.emit('readable');
    state.emittedReadable = false;
  }
  state.needReadable = !state.flowing && !state.ended && state.length <= state.highWaterMark;
  flowWhileFlowing(stream);
}

/** Fills the buffer up to highWaterMark ahead of the consumer, on a later tick. */
function scheduleReadMore(stream, state) {
  if (!state.readingMore && state.constructed) {
    state.readingMore = true;
    process.nextTick(readMore, stream, state);
  }
}

function readMore(stream, state) {
  while (!state.reading && !state.ended &&
         (state.length < state.highWaterMark || (state.flowing && state.length === 0))) {
    const before = state.length;
    stream.read(0);
    if (before === state.length) break; // nothing came synchronously: wait for the producer
  }
  state.readingMore = false;
}

function flowWhileFlowing(stream) {
  const state = stream._readableState;
  while (state.flowing && stream.read() !== null);
}

function scheduleEnd(stream) {
  const state = stream._readableState;
  if (!state.endEmitted) {
    state.ended = true;
    process.nextTick(emitEnd, state, stream);
  }
}

function emitEnd(state, stream) {
  if (state.errored || state.closeEmitted || state.endEmitted || state.length !== 0) return;
  state.endEmitted = true;
  stream.emit('end');
  const writableState = stream._writableState;
  if (stream.writable && stream.allowHalfOpen === false) {
    process.nextTick(() => stream.end());
  } else if (state.autoDestroy) {
    // A Duplex is destroyed once both sides are done.
    const writableDone = !writableState ||
      (writableState.autoDestroy && (writableState.finished || writableState.writable === false));
    if (writableDone) stream.destroy();
  }
}

Readable.prototype.on = function on(event, listener) {
  const result = Stream.prototype.on.call(this, event, listener);
  const state = this._readableState;
  if (event === 'data') {
    state.readableListening = this.listenerCount('readable') > 0;
    // Adding a 'data' listener starts the flow unless the stream was paused explicitly.
    if (state.flowing !== false) this.resume();
  } else if (event === 'readable') {
    if (!state.endEmitted && !state.readableListening) {
      state.readableListening = state.needReadable = true;
      state.flowing = false;
      state.emittedReadable = false;
      if (state.length) scheduleReadable(this);
      else if (!state.reading) process.nextTick(() => this.read(0));
    }
  }
  return result;
};
Readable.prototype.addListener = Readable.prototype.on;

Readable.prototype.removeListener = function removeListener(event, listener) {
  const result = Stream.prototype.removeListener.call(this, event, listener);
  if (event === 'readable') process.nextTick(recheckReadableListening, this);
  return result;
};
Readable.prototype.off = Readable.prototype.removeListener;

Readable.prototype.removeAllListeners = function removeAllListeners(event) {
  const result = Stream.prototype.removeAllListeners.apply(this, arguments);
  if (event === 'readable' || event === undefined) process.nextTick(recheckReadableListening, this);
  return result;
};

/** After the last 'readable' listener left, the stream flows again if 'data' listeners or resume() want it. */
function recheckReadableListening(stream) {
  const state = stream._readableState;
  state.readableListening = stream.listenerCount('readable') > 0;
  if (state.resumeScheduled && state[kPaused] === false) state.flowing = true;
  else if (stream.listenerCount('data') > 0) stream.resume();
  else if (!state.readableListening) state.flowing = null;
}

Readable.prototype.resume = function resume() {
  const state = this._readableState;
  if (!state.flowing) {
    // With 'readable' listeners, resume() only records the wish: 'readable' keeps control.
    state.flowing = !state.readableListening;
    if (!state.resumeScheduled) {
      state.resumeScheduled = true;
      process.nextTick(startFlowing, this, state);
    }
  }
  state[kPaused] = false;
  return this;
};

function startFlowing(stream, state) {
  if (!state.reading) stream.read(0);
  state.resumeScheduled = false;
  stream.emit('resume');
  flowWhileFlowing(stream);
  if (state.flowing && !state.reading) stream.read(0);
}

Readable.prototype.pause = function pause() {
  const state = this._readableState;
  if (state.flowing !== false) {
    state.flowing = false;
    this.emit('pause');
  }
  state[kPaused] = true;
  return this;
};

Readable.prototype.wrap = function wrap(oldStream) {
  return require('internal/streams/wrap').wrapInto(this, oldStream);
};

Readable.prototype[Symbol.asyncIterator] = function asyncIterator() {
  return require('internal/streams/iterate').iterateReadable(this);
};

Readable.prototype.iterator = function iterator(options) {
  if (options !== undefined) require('internal/validators').validateObject(options, 'options');
  return require('internal/streams/iterate').iterateReadable(this, options);
};

Readable.prototype.compose = function compose(stream, options) {
  return require('internal/streams/compose').composeWith(this, stream, options);
};

function accessor(name, get, set) {
  Object.defineProperty(Readable.prototype, name, { __proto__: null, get, set, enumerable: false, configurable: false });
}
accessor('readable', function readable() {
  const state = this._readableState;
  return !!state && state.readable !== false && !state.destroyed && !state.errorEmitted && !state.endEmitted;
}, function setReadable(value) {
  if (this._readableState) this._readableState.readable = !!value;
});
accessor('readableDidRead', function readableDidRead() {
  return this._readableState.dataEmitted;
});
accessor('readableAborted', function readableAborted() {
  const state = this._readableState;
  return !!(state.readable !== false && (state.destroyed || state.errored) && !state.endEmitted);
});
accessor('readableHighWaterMark', function readableHighWaterMark() {
  return this._readableState.highWaterMark;
});
accessor('readableBuffer', function readableBuffer() {
  return this._readableState && this._readableState.buffer;
});
accessor('readableFlowing', function readableFlowing() {
  return this._readableState.flowing;
}, function setReadableFlowing(value) {
  if (this._readableState) this._readableState.flowing = value;
});
accessor('readableLength', function readableLength() {
  return this._readableState.length;
});
accessor('readableObjectMode', function readableObjectMode() {
  return this._readableState ? this._readableState.objectMode : false;
});
accessor('readableEncoding', function readableEncoding() {
  return this._readableState ? this._readableState.encoding : null;
});
accessor('errored', function errored() {
  return this._readableState ? this._readableState.errored : null;
});
accessor('closed', function closed() {
  return this._readableState ? this._readableState.closed : false;
});
accessor('destroyed', function destroyed() {
  return this._readableState ? this._readableState.destroyed : false;
}, function setDestroyed(value) {
  if (this._readableState) this._readableState.destroyed = value;
});
accessor('readableEnded', function readableEnded() {
  return this._readableState ? this._readableState.endEmitted : false;
});

require('internal/streams/operators').installOperators(Readable);

Readable.from = function(iterable, options) {
  return require('internal/streams/from').readableFrom(Readable, iterable, options);
};

// A Readable fed by an old-style stream; it keeps the source's object mode, and destroying it destroys the source.
Readable.wrap = function(src, options) {
  const tearDownSource = (err, callback) => {
    require('internal/streams/utils').destroyAny(src, err);
    callback(err);
  };
  const sourceObjectMode = src.readableObjectMode ?? src.objectMode ?? true;
  const wrapper = new Readable({ objectMode: sourceObjectMode, ...options, destroy: tearDownSource });
  return wrapper.wrap(src);
};

Readable.fromWeb = function() {
  throw new (require('internal/errors').codes.ERR_JNODE_UNSUPPORTED)('stream.Readable.fromWeb');
};
Readable.toWeb = function() {
  throw new (require('internal/errors').codes.ERR_JNODE_UNSUPPORTED)('stream.Readable.toWeb');
};

module.exports = { Readable, ReadableState, initReadable, afterConstructed, scheduleReadMore };

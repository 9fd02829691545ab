'use strict';
// Writable: write() hands one chunk at a time to `_write` (or the whole queue to `_writev`); chunks that
// come while a write is in progress, while corked or before construction wait in `buffered`. write()
// returns false once `length` (bytes accepted but not yet written) reaches highWaterMark, and 'drain'
// follows when the queue has emptied. end() waits for the queue, runs `_final`, then emits 'finish'.
//
// Write callbacks of synchronous `_write`s are batched and run on the next tick, as Node does.

const EE = require('events');
const { Buffer } = require('buffer');
const Stream = require('internal/streams/legacy');
const { highWaterMarkFrom } = require('internal/streams/options');
const {
  destroy, undestroy, failStream, startConstruct, presetEventSlots, adoptImplementations, destroyOnAbort,
} = require('internal/streams/lifecycle');
const {
  codes: {
    ERR_INVALID_ARG_TYPE, ERR_METHOD_NOT_IMPLEMENTED, ERR_MULTIPLE_CALLBACK, ERR_STREAM_ALREADY_FINISHED,
    ERR_STREAM_DESTROYED, ERR_STREAM_NULL_VALUES, ERR_STREAM_WRITE_AFTER_END, ERR_UNKNOWN_ENCODING,
  },
} = require('internal/errors');

const kOnFinished = Symbol('kOnFinished');
function nop() {}

/** Everything a Writable knows about its queue and its end; fields named as in Node. */
class WritableState {
  constructor(options, stream, isDuplex) {
    const duplexOption = (name) => (isDuplex && options ? options[name] : undefined);
    this.objectMode = !!(options && (options.objectMode || duplexOption('writableObjectMode')));
    this.highWaterMark = highWaterMarkFrom(options, isDuplex ? 'writableHighWaterMark' : undefined,
      this.objectMode);
    this.finalCalled = false;
    this.needDrain = false;
    this.ending = false; // end() was called
    this.ended = false; // end() has returned
    this.finished = false; // 'finish' was emitted
    this.destroyed = false;
    // Strings are turned into Buffers before `_write` unless decodeStrings is false.
    this.decodeStrings = !(options && options.decodeStrings === false);
    this.defaultEncoding = (options && options.defaultEncoding) || 'utf8';
    if (!Buffer.isEncoding(this.defaultEncoding)) throw new ERR_UNKNOWN_ENCODING(this.defaultEncoding);
    this.length = 0;
    this.writing = false;
    this.corked = 0;
    // True while `_write` runs: its callback must then not call the user's callback at once.
    this.sync = true;
    this.bufferProcessing = false;
    this.onwrite = (err) => afterWriteCallback(stream, err);
    this.writecb = null;
    this.writelen = 0;
    // Callbacks of synchronous writes waiting for the next tick: { stream, state, count, callback }.
    this.afterWriteTickInfo = null;
    this.buffered = [];
    this.bufferedIndex = 0;
    this.allBuffers = true;
    this.allNoop = true;
    // Writes accepted and not yet called back, plus one while `_final` or 'finish' is pending.
    this.pendingcb = 0;
    this.constructed = true;
    this.prefinished = false;
    this.errorEmitted = false;
    this.emitClose = !options || options.emitClose !== false;
    this.autoDestroy = !options || options.autoDestroy !== false;
    this.errored = null;
    this.closed = false;
    this.closeEmitted = false;
    this[kOnFinished] = [];
  }

  getBuffer() {
    return this.buffered.slice(this.bufferedIndex);
  }

  get bufferedRequestCount() {
    return this.buffered.length - this.bufferedIndex;
  }
}

// Listener slots every Writable has from the start.
const writableEventSlots = ['close', 'error', 'prefinish', 'finish', 'drain'];
const writableImplementations = ['write', 'writev', 'destroy', 'final', 'construct'];

function Writable(options) {
  // A Duplex is instanceof Writable through Symbol.hasInstance below, yet has its own constructor.
  if (!(this instanceof Writable)) return new Writable(options);
  presetEventSlots(this, writableEventSlots);
  initWritable(this, options, false);
  destroyOnAbort(this, options);
  Stream.call(this, options);
  startConstruct(this, () => afterConstructed(this));
}
Object.setPrototypeOf(Writable.prototype, Stream.prototype);
Object.setPrototypeOf(Writable, Stream);

function initWritable(stream, options, isDuplex) {
  stream._writableState = new WritableState(options, stream, isDuplex);
  adoptImplementations(stream, options, writableImplementations);
}

function afterConstructed(stream) {
  const state = stream._writableState;
  flushWhenIdle(stream, state);
  finishIfDone(stream, state);
}

Writable.WritableState = WritableState;

// A Duplex inherits from Readable only, but counts as a Writable.
Object.defineProperty(Writable, Symbol.hasInstance, {
  __proto__: null,
  value(object) {
    if (Function.prototype[Symbol.hasInstance].call(this, object)) return true;
    if (this !== Writable) return false;
    return !!(object && object._writableState instanceof WritableState);
  },
});

Writable.prototype.pipe = function pipe() {
  failStream(this, new (require('internal/errors').codes.ERR_STREAM_CANNOT_PIPE)());
};

/** Validates and converts a chunk; returns [chunk, encoding] or an Error to report. */
function acceptChunk(stream, state, chunk, encoding) {
  if (chunk === null) throw new ERR_STREAM_NULL_VALUES();
  if (!state.objectMode) {
    if (typeof chunk === 'string') {
      if (state.decodeStrings !== false) return [Buffer.from(chunk, encoding), 'buffer'];
    } else if (Buffer.isBuffer(chunk)) {
      return [chunk, 'buffer'];
    } else if (ArrayBuffer.isView(chunk)) {
      return [Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength), 'buffer'];
    } else {
      throw new ERR_INVALID_ARG_TYPE('chunk', ['string', 'Buffer', 'TypedArray', 'DataView'], chunk);
    }
  }
  return [chunk, encoding];
}

/** The work of write(): returns true (below highWaterMark), false, or the Error that was reported. */
function writeChunk(stream, rawChunk, rawEncoding, cb) {
  const state = stream._writableState;
  let encoding = rawEncoding;
  if (typeof encoding === 'function') {
    cb = encoding;
    // Object mode passes no encoding on; other modes pass the default.
    encoding = state.objectMode ? null : state.defaultEncoding;
  } else {
    if (!encoding) {
      if (!state.objectMode) encoding = state.defaultEncoding;
    } else if (encoding !== 'buffer' && !Buffer.isEncoding(encoding)) {
      throw new ERR_UNKNOWN_ENCODING(encoding);
    }
    if (typeof cb !== 'function') cb = nop;
  }
  const [chunk, chunkEncoding] = acceptChunk(stream, state, rawChunk, encoding);

  let err;
  if (state.ending) err = new ERR_STREAM_WRITE_AFTER_END();
  else if (state.destroyed) err = new ERR_STREAM_DESTROYED('write');
  if (err) {
    process.nextTick(cb, err);
    failStream(stream, err, true);
    return err;
  }
  state.pendingcb++;
  return writeOrQueue(stream, state, chunk, chunkEncoding, cb);
}

Writable.prototype.write = function write(chunk, encoding, cb) {
  return writeChunk(this, chunk, encoding, cb) === true;
};

function writeOrQueue(stream, state, chunk, encoding, callback) {
  const size = state.objectMode ? 1 : chunk.length;
  state.length += size;
  const belowMark = state.length < state.highWaterMark;
  if (!belowMark) state.needDrain = true;
  if (state.writing || state.corked || state.errored || !state.constructed) {
    state.buffered.push({ chunk, encoding, callback });
    if (state.allBuffers && encoding !== 'buffer') state.allBuffers = false;
    if (state.allNoop && callback !== nop) state.allNoop = false;
  } else {
    startWrite(stream, state, size, callback, (onwrite) => stream._write(chunk, encoding, onwrite));
  }
  return belowMark && !state.errored && !state.destroyed;
}

/**
 * Marks a write of `size` as in flight and lets `handOver(onwrite)` pass it to `_write` or `_writev`.
 * `sync` is set around the hand-over: an implementation that calls back at once is completing synchronously.
 */
function startWrite(stream, state, size, callback, handOver) {
  state.writing = true;
  state.writecb = callback;
  state.writelen = size;
  state.sync = true;
  if (state.destroyed) state.onwrite(new ERR_STREAM_DESTROYED('write'));
  else handOver(state.onwrite);
  state.sync = false;
}

/** The callback `_write` and `_writev` receive. */
function afterWriteCallback(stream, err) {
  const state = stream._writableState;
  const sync = state.sync;
  const cb = state.writecb;
  if (typeof cb !== 'function') {
    failStream(stream, new ERR_MULTIPLE_CALLBACK());
    return;
  }
  state.writing = false;
  state.writecb = null;
  state.length -= state.writelen;
  state.writelen = 0;

  if (err) {
    err.stack; // eslint-disable-line no-unused-expressions
    if (!state.errored) state.errored = err;
    if (stream._readableState && !stream._readableState.errored) stream._readableState.errored = err;
    if (sync) process.nextTick(failedWrite, stream, state, err, cb);
    else failedWrite(stream, state, err, cb);
    return;
  }
  if (state.buffered.length > state.bufferedIndex) flushBuffered(stream, state);
  if (sync) {
    // Consecutive synchronous writes with the same callback share one tick.
    const pending = state.afterWriteTickInfo;
    if (pending !== null && pending.callback === cb) {
      pending.count++;
    } else {
      state.afterWriteTickInfo = { count: 1, callback: cb, stream, state };
      process.nextTick(runPendingWriteCallbacks, state.afterWriteTickInfo);
    }
  } else {
    afterWrite(stream, state, 1, cb);
  }
}

function failedWrite(stream, state, err, cb) {
  --state.pendingcb;
  cb(err);
  failBuffered(state);
  failStream(stream, err);
}

function runPendingWriteCallbacks(info) {
  info.state.afterWriteTickInfo = null;
  afterWrite(info.stream, info.state, info.count, info.callback);
}

function afterWrite(stream, state, count, cb) {
  const drained = !state.ending && !stream.destroyed && state.length === 0 && state.needDrain;
  if (drained) {
    state.needDrain = false;
    stream.emit('drain');
  }
  while (count-- > 0) {
    state.pendingcb--;
    cb(null);
  }
  if (state.destroyed) failBuffered(state);
  // 'finish' comes on a later tick than the last write callback, also when that ran asynchronously.
  finishIfDone(stream, state, true);
}

/** After an error or destroy: every queued write is called back with an error. */
function failBuffered(state) {
  if (state.writing) return;
  for (let i = state.bufferedIndex; i < state.buffered.length; i++) {
    const { chunk, callback } = state.buffered[i];
    state.length -= state.objectMode ? 1 : chunk.length;
    callback(state.errored ?? new ERR_STREAM_DESTROYED('write'));
  }
  for (const callback of state[kOnFinished].splice(0)) {
    callback(state.errored ?? new ERR_STREAM_DESTROYED('end'));
  }
  clearQueue(state);
}

function clearQueue(state) {
  state.buffered = [];
  state.bufferedIndex = 0;
  state.allBuffers = true;
  state.allNoop = true;
}

/** Writes what waits in the queue: all at once through `_writev`, else one by one while they complete at once. */
function flushBuffered(stream, state) {
  if (state.corked || state.bufferProcessing || state.destroyed || !state.constructed) return;
  const { buffered } = state;
  let index = state.bufferedIndex;
  const count = buffered.length - index;
  if (!count) return;
  state.bufferProcessing = true;
  if (count > 1 && stream._writev) {
    state.pendingcb -= count - 1;
    const chunks = index === 0 ? buffered : buffered.slice(index);
    const callback = state.allNoop ? nop : (err) => {
      for (const request of chunks) request.callback(err);
    };
    chunks.allBuffers = state.allBuffers;
    startWrite(stream, state, state.length, callback, (onwrite) => stream._writev(chunks, onwrite));
    clearQueue(state);
  } else {
    do {
      const { chunk, encoding, callback } = buffered[index];
      buffered[index++] = null;
      startWrite(stream, state, state.objectMode ? 1 : chunk.length, callback,
        (onwrite) => stream._write(chunk, encoding, onwrite));
    } while (index < buffered.length && !state.writing);
    if (index === buffered.length) {
      clearQueue(state);
    } else if (index > 256) {
      buffered.splice(0, index);
      state.bufferedIndex = 0;
    } else {
      state.bufferedIndex = index;
    }
  }
  state.bufferProcessing = false;
}

// Corking nests: the queue is released when the last cork() is undone.
Writable.prototype.cork = function cork() {
  this._writableState.corked += 1;
};

Writable.prototype.uncork = function uncork() {
  const state = this._writableState;
  if (state.corked === 0) return;
  state.corked -= 1;
  flushWhenIdle(this, state);
};

/** Starts on the queue unless a write is in flight (its completion goes on with the queue then). */
function flushWhenIdle(stream, state) {
  if (state.writing) return;
  flushBuffered(stream, state);
}

Writable.prototype.setDefaultEncoding = function setDefaultEncoding(encoding) {
  const name = typeof encoding === 'string' ? encoding.toLowerCase() : encoding;
  if (Buffer.isEncoding(name)) {
    this._writableState.defaultEncoding = name;
    return this;
  }
  throw new ERR_UNKNOWN_ENCODING(name);
};

// A stream that only implements `_writev` gets single writes as batches of one.
Writable.prototype._write = function _write(chunk, encoding, cb) {
  if (!this._writev) throw new ERR_METHOD_NOT_IMPLEMENTED('_write()');
  this._writev([{ chunk, encoding }], cb);
};

Writable.prototype._writev = null;

Writable.prototype.end = function end(chunk, encoding, cb) {
  const state = this._writableState;
  // end(cb), end(chunk, cb) and end(chunk, encoding, cb): the callback is the first function given.
  if (typeof encoding === 'function') [encoding, cb] = [null, encoding];
  if (typeof chunk === 'function') [chunk, encoding, cb] = [null, null, chunk];

  const lastWrite = chunk == null ? undefined : writeChunk(this, chunk, encoding);
  let err = lastWrite instanceof Error ? lastWrite : undefined;
  // end() flushes a corked stream whatever the cork count.
  if (state.corked) {
    state.corked = 1;
    this.uncork();
  }
  if (err) {
    // reported by write already
  } else if (!state.errored && !state.ending) {
    state.ending = true;
    finishIfDone(this, state, true);
    state.ended = true;
  } else if (state.finished) {
    err = new ERR_STREAM_ALREADY_FINISHED('end');
  } else if (state.destroyed) {
    err = new ERR_STREAM_DESTROYED('end');
  }

  if (typeof cb === 'function') {
    if (state.destroyed && !state.finished) {
      // A write still in flight calls the queue back when it completes; else the next tick does.
      if (state.writing) state[kOnFinished].push(cb);
      else process.nextTick(cb, state.errored ?? new ERR_STREAM_DESTROYED('end'));
    } else if (err) {
      process.nextTick(cb, err);
    } else if (state.finished) {
      process.nextTick(cb, null);
    } else {
      state[kOnFinished].push(cb);
    }
  }
  return this;
};

/** Whether the stream is ready for 'finish': ended, nothing left to write, no error. */
function readyToFinish(state) {
  return state.ending && !state.destroyed && state.constructed && state.length === 0 && !state.errored &&
    state.buffered.length === 0 && !state.finished && !state.writing && !state.errorEmitted &&
    !state.closeEmitted;
}

function runFinal(stream, state) {
  let called = false;
  const onFinal = (err) => {
    if (called) {
      failStream(stream, new ERR_MULTIPLE_CALLBACK());
      return;
    }
    called = true;
    state.pendingcb--;
    if (err) {
      for (const callback of state[kOnFinished].splice(0)) callback(err);
      failStream(stream, err, state.sync);
    } else if (readyToFinish(state)) {
      state.prefinished = true;
      stream.emit('prefinish');
      state.pendingcb++;
      process.nextTick(finish, stream, state);
    }
  };
  state.sync = true;
  state.pendingcb++;
  try {
    stream._final(onFinal);
  } catch (err) {
    onFinal(err);
  }
  state.sync = false;
}

function prefinish(stream, state) {
  if (state.prefinished || state.finalCalled) return;
  if (typeof stream._final === 'function' && !state.destroyed) {
    state.finalCalled = true;
    runFinal(stream, state);
  } else {
    state.prefinished = true;
    stream.emit('prefinish');
  }
}

/** Emits 'finish' (on a later tick when called from end()) once the stream is ready for it. */
function finishIfDone(stream, state, sync) {
  if (!readyToFinish(state)) return;
  prefinish(stream, state);
  if (state.pendingcb !== 0) return;
  if (sync) {
    state.pendingcb++;
    process.nextTick(() => {
      if (readyToFinish(state)) finish(stream, state);
      else state.pendingcb--;
    });
  } else if (readyToFinish(state)) {
    state.pendingcb++;
    finish(stream, state);
  }
}

function finish(stream, state) {
  state.pendingcb--;
  state.finished = true;
  for (const callback of state[kOnFinished].splice(0)) callback(null);
  stream.emit('finish');
  if (state.autoDestroy) {
    // A Duplex is destroyed once both sides are done.
    const readableState = stream._readableState;
    const readableDone = !readableState ||
      (readableState.autoDestroy && (readableState.endEmitted || readableState.readable === false));
    if (readableDone) stream.destroy();
  }
}

function accessor(name, get, set) {
  Object.defineProperty(Writable.prototype, name, { __proto__: null, get, set, enumerable: false, configurable: false });
}
accessor('closed', function closed() {
  return this._writableState ? this._writableState.closed : false;
});
accessor('destroyed', function destroyed() {
  return this._writableState ? this._writableState.destroyed : false;
}, function setDestroyed(value) {
  if (this._writableState) this._writableState.destroyed = value;
});
accessor('writable', function writable() {
  const state = this._writableState;
  return !!state && state.writable !== false && !state.destroyed && !state.errored && !state.ending &&
    !state.ended;
}, function setWritable(value) {
  if (this._writableState) this._writableState.writable = !!value;
});
const plainGetters = {
  writableFinished() {
    return this._writableState ? this._writableState.finished : false;
  },
  writableObjectMode() {
    return this._writableState ? this._writableState.objectMode : false;
  },
  writableBuffer() {
    return this._writableState && this._writableState.getBuffer();
  },
  writableEnded() {
    return this._writableState ? this._writableState.ending : false;
  },
  writableNeedDrain() {
    const state = this._writableState;
    return state ? !state.destroyed && !state.ending && state.needDrain : false;
  },
  writableHighWaterMark() {
    return this._writableState && this._writableState.highWaterMark;
  },
  writableCorked() {
    return this._writableState ? this._writableState.corked : 0;
  },
  writableLength() {
    return this._writableState && this._writableState.length;
  },
  errored() {
    return this._writableState ? this._writableState.errored : null;
  },
  writableAborted() {
    const state = this._writableState;
    return !!(state.writable !== false && (state.destroyed || state.errored) && !state.finished);
  },
};
for (const [name, get] of Object.entries(plainGetters)) accessor(name, get);

Writable.prototype.destroy = function destroyWritable(err, cb) {
  const state = this._writableState;
  // Writes still queued are called back with an error on the next tick.
  if (!state.destroyed && (state.bufferedIndex < state.buffered.length || state[kOnFinished].length)) {
    process.nextTick(failBuffered, state);
  }
  destroy.call(this, err, cb);
  return this;
};
Writable.prototype._undestroy = undestroy;
Writable.prototype._destroy = function _destroy(err, cb) {
  cb(err);
};
Writable.prototype[EE.captureRejectionSymbol] = function captureRejection(err) {
  this.destroy(err);
};

Writable.fromWeb = function() {
  throw new (require('internal/errors').codes.ERR_JNODE_UNSUPPORTED)('stream.Writable.fromWeb');
};
Writable.toWeb = function() {
  throw new (require('internal/errors').codes.ERR_JNODE_UNSUPPORTED)('stream.Writable.toWeb');
};

module.exports = { Writable, WritableState, initWritable, afterConstructed };

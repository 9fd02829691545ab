'use strict';
// What Readable, Writable and Duplex share about their life: `_construct` before any I/O, `destroy()`
// with `_destroy`, and failing with an error (destroying when autoDestroy is on). A Duplex has both states;
// each function works on whichever of the two a stream has.

const kOnConstructed = Symbol('kOnConstructed');

function statesOf(stream) {
  const states = [];
  if (stream._readableState) states.push(stream._readableState);
  if (stream._writableState) states.push(stream._writableState);
  return states;
}

/** Records the first error of each side; Node reads `err.stack` early so that it is captured now. */
function recordError(stream, err) {
  if (!err) return;
  err.stack; // eslint-disable-line no-unused-expressions
  for (const state of statesOf(stream)) {
    if (!state.errored) state.errored = err;
  }
}

function emitErrorOnce(stream, err) {
  const states = statesOf(stream);
  if (states.some((state) => state.errorEmitted)) return;
  for (const state of states) state.errorEmitted = true;
  stream.emit('error', err);
}

function emitCloseOnce(stream) {
  const states = statesOf(stream);
  for (const state of states) state.closeEmitted = true;
  if (states.some((state) => state.emitClose)) stream.emit('close');
}

function destroy(err, callback) {
  const states = statesOf(this);
  if (states.some((state) => state.destroyed)) {
    if (typeof callback === 'function') callback();
    return this;
  }
  recordError(this, err);
  for (const state of states) state.destroyed = true;
  if (states.every((state) => state.constructed)) {
    runDestroy(this, err, callback);
  } else {
    this.once(kOnConstructed, (constructError) => runDestroy(this, err || constructError, callback));
  }
  return this;
}

function runDestroy(stream, err, callback) {
  let done = false;
  const onDestroyed = (destroyError) => {
    if (done) return;
    done = true;
    recordError(stream, destroyError);
    for (const state of statesOf(stream)) state.closed = true;
    if (typeof callback === 'function') callback(destroyError);
    process.nextTick(() => {
      if (destroyError) emitErrorOnce(stream, destroyError);
      emitCloseOnce(stream);
    });
  };
  try {
    stream._destroy(err || null, onDestroyed);
  } catch (thrown) {
    onDestroyed(thrown);
  }
}

/**
 * An error from inside the stream machinery: destroys the stream when either side has autoDestroy, else
 * only records the error and emits 'error' (on the next tick when `sync`, i.e. still inside the user's call).
 */
function failStream(stream, err, sync) {
  const states = statesOf(stream);
  if (states.some((state) => state.destroyed)) return;
  if (states.some((state) => state.autoDestroy)) {
    stream.destroy(err);
    return;
  }
  recordError(stream, err);
  if (sync) process.nextTick(emitErrorOnce, stream, err);
  else emitErrorOnce(stream, err);
}

/** Runs `_construct` on the next tick; both sides wait for it (`constructed` false) before doing I/O. */
function startConstruct(stream, onConstructed) {
  if (typeof stream._construct !== 'function') return;
  const states = statesOf(stream);
  for (const state of states) state.constructed = false;
  process.nextTick(() => {
    let called = false;
    const done = (err) => {
      if (called) {
        failStream(stream, new (require('internal/errors').codes.ERR_MULTIPLE_CALLBACK)());
        return;
      }
      called = true;
      // A destroy() that came during construction waits for this.
      const finishConstruction = () => {
        for (const state of states) state.constructed = true;
        if (stream.listenerCount(kOnConstructed) > 0) stream.emit(kOnConstructed, err);
        else if (err) failStream(stream, err, true);
        else onConstructed();
      };
      // Success counts from the next tick on: writes until then still queue behind earlier ones.
      if (err || stream.listenerCount(kOnConstructed) > 0) finishConstruction();
      else process.nextTick(finishConstruction);
    };
    try {
      stream._construct(done);
    } catch (err) {
      done(err);
    }
  });
}

/** Makes a destroyed stream usable again (used by streams that reconnect, such as sockets). */
function undestroy() {
  const readableState = this._readableState;
  const writableState = this._writableState;
  for (const state of statesOf(this)) {
    state.constructed = true;
    state.closed = state.closeEmitted = state.destroyed = false;
    state.errored = null;
    state.errorEmitted = false;
  }
  if (readableState) {
    readableState.reading = readableState.ended = readableState.endEmitted = false;
  }
  if (writableState) {
    writableState.ended = writableState.ending = writableState.finished = false;
    writableState.finalCalled = writableState.prefinished = false;
  }
}

/**
 * Pre-creates the listener slots a stream always uses, as `undefined` (EventEmitter's "shape mode": an
 * emitter built on a preset map keeps emptied slots, so the map's shape stays stable). A subclass that
 * set `_events` itself keeps its own.
 */
function presetEventSlots(stream, eventNames) {
  if (stream._events != null) return;
  const slots = {};
  for (const name of eventNames) slots[name] = undefined;
  stream._events = slots;
}

/** Installs the implementations passed as options: `{ write() {} }` becomes `stream._write`. */
function adoptImplementations(stream, options, names) {
  if (!options) return;
  for (const name of names) {
    if (typeof options[name] === 'function') stream[`_${name}`] = options[name];
  }
}

/** `options.signal` aborting destroys the stream. */
function destroyOnAbort(stream, options) {
  if (options?.signal) require('internal/streams/add_abort_signal').addAbortSignalNoValidate(options.signal, stream);
}

module.exports = {
  destroy, undestroy, failStream, startConstruct, emitErrorOnce, statesOf,
  presetEventSlots, adoptImplementations, destroyOnAbort,
};

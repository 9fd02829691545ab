'use strict';
// Transform: a Duplex whose readable side is fed by `_transform` from what is written. A write completes
// (its callback runs, and the next `_transform` may start) only once the readable side has room, so a
// slow reader holds back the writer. `_flush` runs when the writable side ends, before 'end'.

const Duplex = require('internal/streams/duplex');
const { codes: { ERR_METHOD_NOT_IMPLEMENTED } } = require('internal/errors');

const kPendingWriteCallback = Symbol('kCallback');

function Transform(options) {
  if (!(this instanceof Transform)) return new Transform(options);
  // A readable side that buffers nothing makes no sense for a transform with a default writable side:
  // both take the smaller mark.
  const readableHighWaterMark = options ? options.readableHighWaterMark : undefined;
  if (readableHighWaterMark === 0 && options.writableHighWaterMark === undefined &&
      options.highWaterMark === undefined) {
    options = { ...options, writableHighWaterMark: 0 };
  }
  Duplex.call(this, options);
  // push() from `_transform` is not inside a `_read` call: data may go out at once.
  this._readableState.sync = false;
  this[kPendingWriteCallback] = null;
  if (options) {
    if (typeof options.transform === 'function') this._transform = options.transform;
    if (typeof options.flush === 'function') this._flush = options.flush;
  }
  this.on('prefinish', onPrefinish);
}
Object.setPrototypeOf(Transform.prototype, Duplex.prototype);
Object.setPrototypeOf(Transform, Duplex);

/** Ends the readable side after `_flush` (if any); `callback` is the writable side's `_final` callback. */
function flushAndEnd(callback) {
  const done = (err, data) => {
    if (err) {
      if (callback) callback(err);
      else this.destroy(err);
      return;
    }
    if (data != null) this.push(data);
    this.push(null);
    if (callback) callback();
  };
  if (typeof this._flush === 'function' && !this.destroyed) this._flush(done);
  else done(null);
}

// When a subclass replaced `_final`, the flush still has to happen: on 'prefinish'.
function onPrefinish() {
  if (this._final !== flushAndEnd) flushAndEnd.call(this);
}

Transform.prototype._final = flushAndEnd;

Transform.prototype._transform = function _transform(chunk, encoding, callback) {
  throw new ERR_METHOD_NOT_IMPLEMENTED('_transform()');
};

Transform.prototype._write = function _write(chunk, encoding, callback) {
  const readableState = this._readableState;
  const writableState = this._writableState;
  const lengthBefore = readableState.length;
  this._transform(chunk, encoding, (err, data) => {
    if (err) {
      callback(err);
      return;
    }
    if (data != null) this.push(data);
    if (readableState.ended) {
      // Nobody will read any more: let the writer go on, its data is dropped.
      process.nextTick(callback);
    } else if (writableState.ended || lengthBefore === readableState.length ||
               readableState.length < readableState.highWaterMark) {
      callback();
    } else {
      this[kPendingWriteCallback] = callback;
    }
  });
};

Transform.prototype._read = function _read() {
  const callback = this[kPendingWriteCallback];
  if (callback) {
    this[kPendingWriteCallback] = null;
    callback();
  }
};

function PassThrough(options) {
  if (!(this instanceof PassThrough)) return new PassThrough(options);
  Transform.call(this, options);
}
Object.setPrototypeOf(PassThrough.prototype, Transform.prototype);
Object.setPrototypeOf(PassThrough, Transform);

PassThrough.prototype._transform = function _transform(chunk, encoding, callback) {
  callback(null, chunk);
};

module.exports = { Transform, PassThrough };

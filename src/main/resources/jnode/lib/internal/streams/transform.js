'use strict';
// Transform: a Duplex whose output (readable side) is computed from its input (writable side) by
// `_transform`. Two handshakes tie the sides together:
//  - backpressure: a write is acknowledged once its output fits below the readable high-water mark;
//    otherwise the acknowledgement is parked until the consumer pulls (`_read`);
//  - ending: when the input ends, `_flush` may add a last chunk, then the output ends.

const Duplex = require('internal/streams/duplex');
const { adoptImplementations } = require('internal/streams/lifecycle');
const { codes: { ERR_METHOD_NOT_IMPLEMENTED } } = require('internal/errors');

// The description is Node's: the symbol shows in Object.getOwnPropertySymbols(transform).
const kParkedAcknowledgement = Symbol('kCallback');


/** A transform whose output buffers nothing gets an unbuffered input too, unless a mark was given for it. */
function adjustedForUnbufferedOutput(options) {
  const outputUnbuffered = options?.readableHighWaterMark === 0 &&
    options.highWaterMark === undefined && options.writableHighWaterMark === undefined;
  return outputUnbuffered ? { ...options, writableHighWaterMark: 0 } : options;
}

function Transform(options) {
  if (!(this instanceof Transform)) return new Transform(options);
  Duplex.call(this, adjustedForUnbufferedOutput(options));
  // Output is pushed from `_transform`, never from inside a `_read` call: it may be emitted at once.
  this._readableState.sync = false;
  this[kParkedAcknowledgement] = null;
  adoptImplementations(this, options, ['transform', 'flush']);
  this.on('prefinish', flushWhenFinalOverridden);
}
Object.setPrototypeOf(Transform.prototype, Duplex.prototype);
Object.setPrototypeOf(Transform, Duplex);

function pushUnlessEmpty(stream, chunk) {
  if (chunk != null) stream.push(chunk);
}

/**
 * Ends the output: runs `_flush` first while the stream is alive. `settle(err)` is told the outcome; on
 * success it runs after the end of the output was pushed.
 */
function endOutput(stream, settle) {
  const onFlushed = (err, lastChunk) => {
    if (err) {
      settle(err);
      return;
    }
    pushUnlessEmpty(stream, lastChunk);
    stream.push(null);
    settle();
  };
  if (!stream.destroyed && typeof stream._flush === 'function') stream._flush(onFlushed);
  else onFlushed(null);
}

Transform.prototype._final = function final(callback) {
  endOutput(this, callback);
};
const ownFinal = Transform.prototype._final;

// A subclass or a `final` option that replaces `_final` must not lose the flush: it then runs on
// 'prefinish', and a failure there can only destroy the stream.
function flushWhenFinalOverridden() {
  if (this._final === ownFinal) return;
  endOutput(this, (err) => {
    if (err) this.destroy(err);
  });
}

Transform.prototype._transform = function(chunk, encoding, callback) {
  throw new ERR_METHOD_NOT_IMPLEMENTED('_transform()');
};

/** Whether a writer may go on at once after `_transform` pushed its output. */
function outputHasRoom(stream, outputLengthBefore) {
  const output = stream._readableState;
  if (stream._writableState.ended) return true; // no writer will come after this one
  if (output.length === outputLengthBefore) return true; // nothing was added, so nothing to wait for
  return output.length < output.highWaterMark;
}

Transform.prototype._write = function(chunk, encoding, callback) {
  const outputLengthBefore = this._readableState.length;
  this._transform(chunk, encoding, (err, produced) => {
    if (err) {
      callback(err);
      return;
    }
    pushUnlessEmpty(this, produced);
    if (this._readableState.ended) {
      // The output has ended, so nobody will read what comes next: let the writer go on.
      process.nextTick(callback);
    } else if (outputHasRoom(this, outputLengthBefore)) {
      callback();
    } else {
      this[kParkedAcknowledgement] = callback;
    }
  });
};

// The consumer wants more output: release the writer that waited for room.
Transform.prototype._read = function() {
  const acknowledge = this[kParkedAcknowledgement];
  if (!acknowledge) return;
  this[kParkedAcknowledgement] = null;
  acknowledge();
};

function PassThrough(options) {
  if (!(this instanceof PassThrough)) return new PassThrough(options);
  Transform.call(this, options);
}
Object.setPrototypeOf(PassThrough.prototype, Transform.prototype);
Object.setPrototypeOf(PassThrough, Transform);

PassThrough.prototype._transform = function(chunk, encoding, callback) {
  callback(null, chunk);
};

module.exports = { Transform, PassThrough };

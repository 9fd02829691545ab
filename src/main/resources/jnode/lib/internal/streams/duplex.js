'use strict';
// Duplex: a Readable that is also a Writable (it has both states and Writable's methods). With
// allowHalfOpen false, the writable side ends when the readable side does.

const { Readable, initReadable, afterConstructed: afterReadableConstructed } = require('internal/streams/readable');
const { Writable, initWritable, afterConstructed: afterWritableConstructed, writableMethodNames } =
  require('internal/streams/writable');
const { startConstruct } = require('internal/streams/lifecycle');
const Stream = require('internal/streams/legacy');

function Duplex(options) {
  if (!(this instanceof Duplex)) return new Duplex(options);
  this._events ??= {
    close: undefined, error: undefined, prefinish: undefined, finish: undefined, drain: undefined,
    data: undefined, end: undefined, readable: undefined,
  };
  initReadable(this, options, true);
  initWritable(this, options, true);
  if (options) {
    this.allowHalfOpen = options.allowHalfOpen !== false;
    if (options.readable === false) {
      const state = this._readableState;
      state.readable = false;
      state.ended = true;
      state.endEmitted = true;
    }
    if (options.writable === false) {
      const state = this._writableState;
      state.writable = false;
      state.ending = true;
      state.ended = true;
      state.finished = true;
    }
    if (options.signal) require('internal/streams/add_abort_signal').addAbortSignalNoValidate(options.signal, this);
  } else {
    this.allowHalfOpen = true;
  }
  Stream.call(this, options);
  startConstruct(this, () => {
    afterReadableConstructed(this);
    afterWritableConstructed(this);
  });
}
Object.setPrototypeOf(Duplex.prototype, Readable.prototype);
Object.setPrototypeOf(Duplex, Readable);

for (const name of writableMethodNames) {
  if (!Object.prototype.hasOwnProperty.call(Duplex.prototype, name)) {
    Duplex.prototype[name] = Writable.prototype[name];
  }
}
Duplex.prototype.destroy = Writable.prototype.destroy;

for (const name of ['writable', 'writableHighWaterMark', 'writableObjectMode', 'writableBuffer', 'writableLength',
  'writableFinished', 'writableCorked', 'writableEnded', 'writableNeedDrain']) {
  Object.defineProperty(Duplex.prototype, name,
    { __proto__: null, ...Object.getOwnPropertyDescriptor(Writable.prototype, name) });
}

// Destroyed means both sides are destroyed; setting it sets both.
Object.defineProperty(Duplex.prototype, 'destroyed', {
  __proto__: null,
  get() {
    if (this._readableState === undefined || this._writableState === undefined) return false;
    return this._readableState.destroyed && this._writableState.destroyed;
  },
  set(value) {
    if (this._readableState && this._writableState) {
      this._readableState.destroyed = value;
      this._writableState.destroyed = value;
    }
  },
  enumerable: false,
  configurable: true,
});

Duplex.from = function from(body) {
  return require('internal/streams/compose').duplexFrom(body, 'body');
};

Duplex.fromWeb = function fromWeb() {
  throw new (require('internal/errors').codes.ERR_JNODE_UNSUPPORTED)('stream.Duplex.fromWeb');
};
Duplex.toWeb = function toWeb() {
  throw new (require('internal/errors').codes.ERR_JNODE_UNSUPPORTED)('stream.Duplex.toWeb');
};

module.exports = Duplex;

'use strict';
// Duplex: one object that is both a Readable (its prototype chain) and a Writable (Writable's half of the
// API is mixed into the prototype, and `instanceof Writable` holds through Writable's hasInstance). Each
// side keeps its own state; with allowHalfOpen false the writable side ends when the readable one does.

const readable = require('internal/streams/readable');
const writable = require('internal/streams/writable');
const Stream = require('internal/streams/legacy');
const { startConstruct, presetEventSlots, destroyOnAbort } = require('internal/streams/lifecycle');

const { Readable } = readable;
const { Writable } = writable;

// Writable's slots first, then the readable-only ones (the order Node's listener map has).
const duplexEventSlots = ['close', 'error', 'prefinish', 'finish', 'drain', 'data', 'end', 'readable'];

// `{ readable: false }` or `{ writable: false }` creates that side already over.
const sideSwitchedOff = {
  readable: ['_readableState', { readable: false, ended: true, endEmitted: true }],
  writable: ['_writableState', { writable: false, ending: true, ended: true, finished: true }],
};

function Duplex(options) {
  if (!(this instanceof Duplex)) return new Duplex(options);
  presetEventSlots(this, duplexEventSlots);
  readable.initReadable(this, options, true);
  writable.initWritable(this, options, true);
  this.allowHalfOpen = options?.allowHalfOpen !== false;
  for (const [side, [stateKey, endedState]] of Object.entries(sideSwitchedOff)) {
    if (options?.[side] === false) Object.assign(this[stateKey], endedState);
  }
  destroyOnAbort(this, options);
  Stream.call(this, options);
  startConstruct(this, () => {
    readable.afterConstructed(this);
    writable.afterConstructed(this);
  });
}
Object.setPrototypeOf(Duplex.prototype, Readable.prototype);
Object.setPrototypeOf(Duplex, Readable);

// Writable's half, in the order Node's Duplex.prototype lists it: methods, then the writable* accessors.
// destroy() is Writable's too (it tears down both sides either way).
const borrowedFromWritable = [
  'write', 'cork', 'uncork', 'setDefaultEncoding', '_write', '_writev', 'end', 'destroy',
  'writable', 'writableHighWaterMark', 'writableObjectMode', 'writableBuffer', 'writableLength',
  'writableFinished', 'writableCorked', 'writableEnded', 'writableNeedDrain',
];
for (const name of borrowedFromWritable) {
  const descriptor = Object.getOwnPropertyDescriptor(Writable.prototype, name);
  Object.defineProperty(Duplex.prototype, name, { __proto__: null, ...descriptor });
}

const bothStates = (stream) =>
  (stream._readableState && stream._writableState ? [stream._readableState, stream._writableState] : null);

// A Duplex counts as destroyed only once both sides are; assigning marks both.
Object.defineProperty(Duplex.prototype, 'destroyed', {
  __proto__: null,
  configurable: false,
  enumerable: false,
  get() {
    return bothStates(this)?.every((state) => state.destroyed) ?? false;
  },
  set(value) {
    for (const state of bothStates(this) ?? []) state.destroyed = value;
  },
});

Duplex.fromWeb = function() {
  throw new (require('internal/errors').codes.ERR_JNODE_UNSUPPORTED)('stream.Duplex.fromWeb');
};
Duplex.toWeb = function() {
  throw new (require('internal/errors').codes.ERR_JNODE_UNSUPPORTED)('stream.Duplex.toWeb');
};

Duplex.from = function(body) {
  return require('internal/streams/compose').duplexFrom(body, 'body');
};

module.exports = Duplex;

'use strict';
// structuredClone() as HTML's structured serialize/deserialize defines it, with V8's choices where the spec
// leaves room (error names, messages of DataCloneError). The graph is copied in one pass: a Map from each
// original object to its copy gives shared references and cycles their shape back.

const { codedError } = require('internal/errors');
const types = require('internal/util/types');
const { describeUncloneable, isOrdinaryObject, isMarkedUncloneable } = require('internal/v8/cloneable');

const errorConstructors = {
  __proto__: null,
  Error, EvalError, RangeError, ReferenceError, SyntaxError, TypeError, URIError,
};

let DOMException;
function dataCloneError(message) {
  DOMException ??= require('internal/per_context/domexception').DOMException;
  return new DOMException(message, 'DataCloneError');
}

function notCloneable(value) {
  return dataCloneError(`${describeUncloneable(value)} could not be cloned.`);
}

/** The method by which a library object that HTML calls serializable makes its structured clone. */
const kCloneSelf = Symbol('kCloneSelf');

const typedArrayName = Function.prototype.call.bind(
  Object.getOwnPropertyDescriptor(Object.getPrototypeOf(Uint8Array.prototype), Symbol.toStringTag).get);

function invalidArg(message) {
  return codedError('ERR_INVALID_ARG_TYPE', `Failed to execute 'structuredClone': ${message}`);
}

// Validates options.transfer and gives each listed ArrayBuffer the copy its clone will be.
function takeTransferList(options) {
  const moved = new Map();
  if (options === undefined || options === null) return moved;
  if (typeof options !== 'object' && typeof options !== 'function') {
    throw invalidArg('Options cannot be converted to a dictionary');
  }
  const transfer = options.transfer;
  if (transfer === undefined) return moved;
  if (transfer === null || typeof transfer !== 'object' || typeof transfer[Symbol.iterator] !== 'function') {
    throw invalidArg('transfer in Options cannot be converted to sequence.');
  }
  const list = [...transfer];
  list.forEach((item, i) => {
    if (item === null || (typeof item !== 'object' && typeof item !== 'function')) {
      throw invalidArg(`transfer in Options[${i}] is not an object.`);
    }
  });
  for (const item of list) {
    if (!types.isArrayBuffer(item)) throw dataCloneError('Value not transferable');
    if (moved.has(item)) throw dataCloneError('Transfer list contains duplicate ArrayBuffer');
    if (item.detached) throw dataCloneError('An ArrayBuffer is detached and could not be cloned.');
    moved.set(item, null);
  }
  // The clone gets a copy now; the originals are detached only after the whole graph is cloned, so that views
  // over them are still read with their real offsets and lengths (HTML: serialize, then transfer).
  for (const item of moved.keys()) moved.set(item, copyArrayBuffer(item));
  return moved;
}

function detachTransferred(moved) {
  for (const item of moved.keys()) item.transfer();
}

// The copy is always an ArrayBuffer of this realm (slice() would make one of the buffer's own realm, e.g. a vm
// context's, through its species constructor).
function copyArrayBuffer(buffer) {
  if (buffer.detached) throw dataCloneError('An ArrayBuffer is detached and could not be cloned.');
  return copyInto(buffer.resizable ?
    new ArrayBuffer(buffer.byteLength, { maxByteLength: buffer.maxByteLength }) :
    new ArrayBuffer(buffer.byteLength), buffer);
}

function copyInto(target, source) {
  new Uint8Array(target).set(new Uint8Array(source));
  return target;
}

class Cloner {
  constructor(transferred) {
    // Transferred buffers are already "copied": the clone gets the moved contents.
    this.copies = new Map(transferred);
  }

  clone(value) {
    if (value === null) return value;
    switch (typeof value) {
      case 'object': break;
      case 'function': case 'symbol': throw notCloneable(value);
      default: return value;
    }
    const known = this.copies.get(value);
    if (known !== undefined) return known;
    if (types.isProxy(value)) throw notCloneable(value);
    return this.cloneObject(value);
  }

  remember(original, copy) {
    this.copies.set(original, copy);
    return copy;
  }

  cloneObject(value) {
    if (isMarkedUncloneable(value)) throw dataCloneError('Cannot clone object of unsupported type.');
    if (types.isSymbolObject(value)) throw notCloneable(value);
    if (types.isBoxedPrimitive(value)) return this.remember(value, Object(value.valueOf()));
    if (types.isDate(value)) return this.remember(value, new Date(value.getTime()));
    if (types.isRegExp(value)) return this.remember(value, new RegExp(value.source, value.flags));
    // JavaScript cannot make a second SharedArrayBuffer object over the same memory (V8 does): the clone
    // is the buffer itself, which keeps the one property that matters, shared memory.
    if (types.isSharedArrayBuffer(value)) return this.remember(value, value);
    if (types.isArrayBuffer(value)) return this.remember(value, copyArrayBuffer(value));
    if (types.isArrayBufferView(value)) return this.cloneView(value);
    if (types.isNativeError(value) || value instanceof Error) return this.cloneError(value);
    if (types.isMap(value)) {
      const copy = this.remember(value, new Map());
      for (const [k, v] of [...value]) copy.set(this.clone(k), this.clone(v));
      return copy;
    }
    if (types.isSet(value)) {
      const copy = this.remember(value, new Set());
      for (const v of [...value]) copy.add(this.clone(v));
      return copy;
    }
    // Platform objects that are serializable (Blob, File) clone themselves.
    if (typeof value[kCloneSelf] === 'function') return this.remember(value, value[kCloneSelf]());
    if (Array.isArray(value)) return this.copyProperties(value, this.remember(value, new Array(value.length)));
    if (isOrdinaryObject(value)) return this.copyProperties(value, this.remember(value, {}));
    throw notCloneable(value);
  }

  cloneView(view) {
    const buffer = this.clone(view.buffer);
    if (types.isDataView(view)) {
      return this.remember(view, new DataView(buffer, view.byteOffset, view.byteLength));
    }
    // Buffer instances come back as plain Uint8Arrays, as in Node.
    const Ctor = globalThis[typedArrayName(view)];
    return this.remember(view, new Ctor(buffer, view.byteOffset, view.length));
  }

  cloneError(error) {
    const name = error.name;
    const Ctor = errorConstructors[typeof name === 'string' ? name : ''] ?? Error;
    // A real error object (util.types.isNativeError, and cloned again as an error), made without a stack trace of
    // its own: its stack is the original's, or none.
    const limit = Error.stackTraceLimit;
    Error.stackTraceLimit = 0;
    let made;
    try {
      made = new Ctor();
    } finally {
      Error.stackTraceLimit = limit;
    }
    const copy = this.remember(error, made);
    const define = (key, v) =>
      Object.defineProperty(copy, key, { value: v, writable: true, configurable: true, enumerable: false });
    const stack = error.stack;
    if (typeof stack === 'string') define('stack', stack);
    else delete copy.stack;
    const message = Object.getOwnPropertyDescriptor(error, 'message');
    if (message !== undefined) define('message', String(error.message));
    if (Object.hasOwn(error, 'cause')) define('cause', this.clone(error.cause));
    return copy;
  }

  // Own enumerable string keys, read through getters, in order (a getter may delete later keys).
  copyProperties(source, target) {
    for (const key of Object.keys(source)) {
      if (!Object.hasOwn(source, key)) continue;
      target[key] = this.clone(source[key]);
    }
    return target;
  }
}

function structuredClone(value, options) {
  if (arguments.length === 0) {
    // Node's message really does repeat itself.
    throw codedError('ERR_MISSING_ARGS',
      'The "The value argument must be specified" argument must be specified');
  }
  const transferred = takeTransferList(options);
  const clone = new Cloner(transferred).clone(value);
  detachTransferred(transferred);
  return clone;
}

module.exports = { structuredClone, kCloneSelf };

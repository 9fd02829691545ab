'use strict';
// node:v8's Serializer and Deserializer: V8's value-serializer wire format (version 15), written for jnode from
// the format's observable bytes. A value is a tag byte followed by its payload; objects are numbered in the
// order they are first met, so a repeated or cyclic object is written once and referred to by number after.
//
// Where the bytes depend on V8's internal representation, jnode decides from what JavaScript can see: a string
// is one-byte when every code unit is below 0x100; an array is dense when it has no holes, unless it was read
// from a dense record (V8 makes those arrays able to hold holes, and writes them back as sparse); numbers in a
// dense array are all doubles when one of them is not an int32 (V8's double-elements arrays); a view over a
// resizable buffer tracks its length when it ends at the buffer's end.

const types = require('internal/util/types');
const { describeUncloneable, isOrdinaryObject, dataPropertyInChain } = require('internal/v8/cloneable');
// Loading node:buffer gives FastBuffer the Buffer prototype.
require('buffer');
const { FastBuffer } = require('internal/buffer');

const kLatestVersion = 15;
/** A serializer's predicate for the objects it writes with _writeHostObject (see ValueWriter.object). */
const kIsHostObject = Symbol('kIsHostObject');

// The wire format's tags, by the character V8 gives each.
const code = (c) => c.charCodeAt(0);
const Tag = Object.freeze({
  version: 0xff,
  padding: 0,
  verifyObjectCount: code('?'),
  theHole: code('-'),
  undefined: code('_'),
  null: code('0'),
  true: code('T'),
  false: code('F'),
  int32: code('I'),
  uint32: code('U'),
  double: code('N'),
  bigInt: code('Z'),
  utf8String: code('S'),
  oneByteString: code('"'),
  twoByteString: code('c'),
  objectReference: code('^'),
  beginObject: code('o'),
  endObject: code('{'),
  beginSparseArray: code('a'),
  endSparseArray: code('@'),
  beginDenseArray: code('A'),
  endDenseArray: code('$'),
  date: code('D'),
  trueObject: code('y'),
  falseObject: code('x'),
  numberObject: code('n'),
  bigIntObject: code('z'),
  stringObject: code('s'),
  regExp: code('R'),
  beginMap: code(';'),
  endMap: code(':'),
  beginSet: code('\''),
  endSet: code(','),
  arrayBuffer: code('B'),
  resizableArrayBuffer: code('~'),
  arrayBufferTransfer: code('t'),
  arrayBufferView: code('V'),
  sharedArrayBuffer: code('u'),
  hostObject: code('\\'),
  error: code('r'),
});

// Inside an error: which prototype, then its own message, stack and cause.
const ErrorTag = Object.freeze({
  evalErrorPrototype: code('E'),
  rangeErrorPrototype: code('R'),
  referenceErrorPrototype: code('F'),
  syntaxErrorPrototype: code('S'),
  typeErrorPrototype: code('T'),
  uriErrorPrototype: code('U'),
  errorMessage: code('m'),
  errorCause: code('c'),
  errorStack: code('s'),
  errorEnd: code('.'),
});

const errorPrototypeTags = new Map([
  ['EvalError', ErrorTag.evalErrorPrototype], ['RangeError', ErrorTag.rangeErrorPrototype],
  ['ReferenceError', ErrorTag.referenceErrorPrototype], ['SyntaxError', ErrorTag.syntaxErrorPrototype],
  ['TypeError', ErrorTag.typeErrorPrototype], ['URIError', ErrorTag.uriErrorPrototype],
]);
const errorsByPrototypeTag = new Map([
  [ErrorTag.evalErrorPrototype, EvalError], [ErrorTag.rangeErrorPrototype, RangeError],
  [ErrorTag.referenceErrorPrototype, ReferenceError], [ErrorTag.syntaxErrorPrototype, SyntaxError],
  [ErrorTag.typeErrorPrototype, TypeError], [ErrorTag.uriErrorPrototype, URIError],
]);

// A view's element type inside a 'V' record.
const viewTags = new Map([
  ['Int8Array', code('b')], ['Uint8Array', code('B')], ['Uint8ClampedArray', code('C')],
  ['Int16Array', code('w')], ['Uint16Array', code('W')], ['Int32Array', code('d')], ['Uint32Array', code('D')],
  ['Float16Array', code('h')], ['Float32Array', code('f')], ['Float64Array', code('F')],
  ['BigInt64Array', code('q')], ['BigUint64Array', code('Q')], ['DataView', code('?')],
]);
const viewsByTag = new Map([...viewTags].map(([name, t]) => [t, globalThis[name]]));
const kLengthTracking = 1;
const kBackedByResizable = 2;

// RegExp flags as V8 numbers them.
const regExpFlagBits = { g: 1, i: 2, m: 4, y: 8, u: 16, s: 32, d: 128, v: 256 };
const kRegExpKnownFlags = 0x1ff;

const typedArrayName = Function.prototype.call.bind(
  Object.getOwnPropertyDescriptor(Object.getPrototypeOf(Uint8Array.prototype), Symbol.toStringTag).get);
const dateTime = Function.prototype.call.bind(Date.prototype.getTime);
const regExpSource = Function.prototype.call.bind(Object.getOwnPropertyDescriptor(RegExp.prototype, 'source').get);
const regExpFlags = Function.prototype.call.bind(Object.getOwnPropertyDescriptor(RegExp.prototype, 'flags').get);
const mapEntries = Function.prototype.call.bind(Map.prototype.entries);
const setValues = Function.prototype.call.bind(Set.prototype.values);
const objectToString = Function.prototype.call.bind(Object.prototype.toString);
const unbox = {
  Number: Function.prototype.call.bind(Number.prototype.valueOf),
  String: Function.prototype.call.bind(String.prototype.valueOf),
  Boolean: Function.prototype.call.bind(Boolean.prototype.valueOf),
  BigInt: Function.prototype.call.bind(BigInt.prototype.valueOf),
};

// Arrays read from dense records, which V8 writes as sparse ones.
const readAsHoley = new WeakSet();

const notOneByte = /[^\x00-\xff]/;
function isOneByte(string) {
  return !notOneByte.test(string);
}

function isInt32(number) {
  return (number | 0) === number && !Object.is(number, -0);
}

function invalidArgType(message) {
  const err = new TypeError(message);
  err.code = 'ERR_INVALID_ARG_TYPE';
  return err;
}

function illegalInvocation() {
  return new TypeError('Illegal invocation');
}

// ----------------------------------------------------------------------------------------------------------
// Writing

const scratch = new DataView(new ArrayBuffer(8));
const noBytes = new Uint8Array(0);

/** The bytes a Serializer has written so far, and its object numbering. */
class ValueWriter {
  constructor(serializer) {
    this.serializer = serializer;
    this.bytes = noBytes;
    this.length = 0;
    this.ids = null;
    this.nextId = 0;
    this.transferred = null;
    this.viewsAsHostObjects = false;
  }

  reserve(count) {
    const needed = this.length + count;
    if (needed <= this.bytes.length) return;
    const grown = new Uint8Array(Math.max(needed, this.bytes.length * 2, 64));
    grown.set(this.bytes.subarray(0, this.length));
    this.bytes = grown;
  }

  byte(value) {
    this.reserve(1);
    this.bytes[this.length++] = value;
  }

  rawBytes(view) {
    const source = new Uint8Array(view.buffer, view.byteOffset, view.byteLength);
    this.reserve(source.length);
    this.bytes.set(source, this.length);
    this.length += source.length;
  }

  varint(value) {
    this.varint64(0, value >>> 0);
  }

  // An unsigned LEB128 number given as its high and low 32 bits.
  varint64(high, low) {
    this.reserve(10);
    while (high !== 0 || low >= 0x80) {
      this.bytes[this.length++] = (low & 0x7f) | 0x80;
      low = ((low >>> 7) | ((high & 0x7f) << 25)) >>> 0;
      high >>>= 7;
    }
    this.bytes[this.length++] = low;
  }

  double(value) {
    scratch.setFloat64(0, value, true);
    this.rawBytes(scratch);
  }

  release() {
    const result = new FastBuffer(this.length);
    result.set(this.bytes.subarray(0, this.length));
    this.bytes = noBytes;
    this.length = 0;
    return result;
  }

  cloneError(message) {
    const makeError = this.serializer._getDataCloneError;
    return typeof makeError === 'function' ? makeError.call(this.serializer, message) : new Error(message);
  }

  value(value) {
    switch (typeof value) {
      case 'undefined': return this.byte(Tag.undefined);
      case 'boolean': return this.byte(value ? Tag.true : Tag.false);
      case 'number': return this.number(value);
      case 'bigint':
        this.byte(Tag.bigInt);
        return this.bigIntPayload(value);
      case 'string': return this.string(value);
      case 'symbol':
      case 'function':
        throw this.cloneError(`${describeUncloneable(value)} could not be cloned.`);
      default:
        if (value === null) return this.byte(Tag.null);
        return this.object(value);
    }
  }

  number(value) {
    if (isInt32(value)) {
      this.byte(Tag.int32);
      this.varint((value << 1) ^ (value >> 31));
    } else {
      this.byte(Tag.double);
      this.double(value);
    }
  }

  // Sign and length in bytes (whole 64-bit digits), then the magnitude's digits, least significant first.
  bigIntPayload(value) {
    const negative = value < 0n;
    let magnitude = negative ? -value : value;
    const digits = [];
    while (magnitude > 0n) {
      digits.push(BigInt.asUintN(64, magnitude));
      magnitude >>= 64n;
    }
    this.varint((digits.length * 8 * 2) | (negative ? 1 : 0));
    for (const digit of digits) {
      scratch.setBigUint64(0, digit, true);
      this.rawBytes(scratch);
    }
  }

  string(value) {
    const length = value.length;
    if (isOneByte(value)) {
      this.byte(Tag.oneByteString);
      this.varint(length);
      this.reserve(length);
      for (let i = 0; i < length; i++) this.bytes[this.length++] = value.charCodeAt(i);
      return;
    }
    // Two-byte strings start at an even offset, so that a reader can use the bytes in place.
    const byteLength = length * 2;
    if ((this.length + 1 + varintSize(byteLength)) % 2 !== 0) this.byte(Tag.padding);
    this.byte(Tag.twoByteString);
    this.varint(byteLength);
    this.reserve(byteLength);
    for (let i = 0; i < length; i++) {
      const unit = value.charCodeAt(i);
      this.bytes[this.length++] = unit & 0xff;
      this.bytes[this.length++] = unit >>> 8;
    }
  }

  // Numbers the object; false when it was numbered before (a back-reference is then written).
  assignId(object) {
    this.ids ??= new Map();
    const known = this.ids.get(object);
    if (known !== undefined) {
      this.byte(Tag.objectReference);
      this.varint(known);
      return false;
    }
    this.ids.set(object, this.nextId++);
    return true;
  }

  object(value) {
    const isView = ArrayBuffer.isView(value);
    // A view's buffer is written (and numbered) before the view itself.
    if (isView && !this.viewsAsHostObjects && !this.ids?.has(value)) this.object(value.buffer);
    if (!this.assignId(value)) return;
    if (types.isProxy(value)) {
      throw this.cloneError(`${describeUncloneable(value)} could not be cloned.`);
    }
    // V8 writes its embedder's API objects (Node's MessagePort) as host objects; ours are JavaScript objects, so
    // the serializer says which they are.
    if (this.serializer[kIsHostObject]?.(value)) return this.hostObject(value);
    if (Array.isArray(value)) return this.array(value);
    if (isView) return this.view(value);
    // Most values are told by their built-in tag, checked with one brand check, rather than by running
    // every check (each costs an exception when it fails). A plain object has no Symbol.toStringTag to
    // disguise another kind.
    const builtinTag = objectToString(value);
    if (builtinTag === '[object Object]' && !(Symbol.toStringTag in value)) return this.plainObject(value);
    const likely = receiverKinds.get(builtinTag);
    if (likely !== undefined && likely.is(value)) return likely.write(this, value);
    for (const kind of receiverKinds.values()) {
      if (kind !== likely && kind.is(value)) return kind.write(this, value);
    }
    if (!isOrdinaryObject(value)) {
      throw this.cloneError(`${describeUncloneable(value)} could not be cloned.`);
    }
    this.plainObject(value);
  }

  plainObject(value) {
    this.byte(Tag.beginObject);
    const count = this.properties(value, Object.keys(value));
    this.byte(Tag.endObject);
    this.varint(count);
  }

  // Own enumerable string keys, each read when it is written (a getter may delete a later key, which is
  // then skipped). Keys that are array indices are written as numbers.
  properties(object, keys) {
    let count = 0;
    for (const key of keys) {
      if (!Object.hasOwn(object, key)) continue;
      const value = object[key];
      this.key(key);
      this.value(value);
      count++;
    }
    return count;
  }

  key(key) {
    const index = arrayIndex(key);
    if (index === -1) this.string(key);
    else this.number(index);
  }

  array(array) {
    const length = array.length;
    let dense = !readAsHoley.has(array);
    let allNumbers = true;
    let anyDouble = false;
    for (let i = 0; dense && i < length; i++) {
      if (!Object.hasOwn(array, i)) {
        dense = false;
        continue;
      }
      const element = array[i];
      if (typeof element !== 'number') allNumbers = false;
      else if (!isInt32(element)) anyDouble = true;
    }
    if (!dense) {
      this.byte(Tag.beginSparseArray);
      this.varint(length);
      const count = this.properties(array, Object.keys(array));
      this.byte(Tag.endSparseArray);
      this.varint(count);
      this.varint(length);
      return;
    }
    this.byte(Tag.beginDenseArray);
    this.varint(length);
    const asDoubles = allNumbers && anyDouble;
    for (let i = 0; i < length; i++) {
      const element = array[i];
      if (asDoubles) {
        this.byte(Tag.double);
        this.double(element);
      } else {
        this.value(element);
      }
    }
    const keys = Object.keys(array);
    const count = this.properties(array, length === 0 ? keys : keys.filter((key) => arrayIndex(key) === -1));
    this.byte(Tag.endDenseArray);
    this.varint(count);
    this.varint(length);
  }

  regExp(value) {
    this.byte(Tag.regExp);
    this.string(regExpSource(value));
    let bits = 0;
    for (const flag of regExpFlags(value)) bits |= regExpFlagBits[flag] ?? 0;
    this.varint(bits);
  }

  map(value) {
    // The entries are taken first: serializing a key or value may change the map.
    const entries = [...mapEntries(value)];
    this.byte(Tag.beginMap);
    for (const [k, v] of entries) {
      this.value(k);
      this.value(v);
    }
    this.byte(Tag.endMap);
    this.varint(entries.length * 2);
  }

  set(value) {
    const members = [...setValues(value)];
    this.byte(Tag.beginSet);
    for (const member of members) this.value(member);
    this.byte(Tag.endSet);
    this.varint(members.length);
  }

  arrayBuffer(buffer) {
    const transferId = this.transferred?.get(buffer);
    if (transferId !== undefined) {
      this.byte(Tag.arrayBufferTransfer);
      return this.varint(transferId);
    }
    if (buffer.detached) throw this.cloneError('An ArrayBuffer is detached and could not be cloned.');
    if (buffer.resizable) {
      this.byte(Tag.resizableArrayBuffer);
      this.varint(buffer.byteLength);
      this.varint(buffer.maxByteLength);
    } else {
      this.byte(Tag.arrayBuffer);
      this.varint(buffer.byteLength);
    }
    this.rawBytes(new Uint8Array(buffer));
  }

  sharedArrayBuffer(buffer) {
    const getId = this.serializer._getSharedArrayBufferId;
    if (typeof getId !== 'function') {
      throw this.cloneError(`${describeUncloneable(buffer)} could not be cloned.`);
    }
    const id = getId.call(this.serializer, buffer);
    this.byte(Tag.sharedArrayBuffer);
    this.varint(id);
  }

  view(view) {
    if (this.viewsAsHostObjects) return this.hostObject(view);
    const buffer = view.buffer;
    if (buffer.detached) throw this.cloneError('An ArrayBuffer is detached and could not be cloned.');
    const isDataView = types.isDataView(view);
    let flags = 0;
    if (buffer.resizable) {
      flags |= kBackedByResizable;
      if (view.byteOffset + view.byteLength === buffer.byteLength) flags |= kLengthTracking;
    }
    this.byte(Tag.arrayBufferView);
    this.byte(viewTags.get(isDataView ? 'DataView' : typedArrayName(view)));
    this.varint(view.byteOffset);
    this.varint(flags & kLengthTracking ? 0 : view.byteLength);
    this.varint(flags);
  }

  hostObject(value) {
    const writeHostObject = this.serializer._writeHostObject;
    if (typeof writeHostObject !== 'function') {
      throw this.cloneError(`${describeUncloneable(value)} could not be cloned.`);
    }
    this.byte(Tag.hostObject);
    writeHostObject.call(this.serializer, value);
  }

  error(error) {
    this.byte(Tag.error);
    const name = dataPropertyInChain(error, 'name');
    const prototypeTag = errorPrototypeTags.get(name);
    if (prototypeTag !== undefined) this.byte(prototypeTag);
    const message = Object.getOwnPropertyDescriptor(error, 'message');
    if (message !== undefined && 'value' in message) {
      this.byte(ErrorTag.errorMessage);
      this.string(String(message.value));
    }
    const stack = error.stack;
    if (typeof stack === 'string') {
      this.byte(ErrorTag.errorStack);
      this.string(stack);
    }
    const cause = Object.getOwnPropertyDescriptor(error, 'cause');
    if (cause !== undefined && 'value' in cause) {
      this.byte(ErrorTag.errorCause);
      this.value(cause.value);
    }
    this.byte(ErrorTag.errorEnd);
  }
}

// The kinds of object V8 writes besides plain objects, arrays and views, by the tag Object.prototype.toString
// gives an unaltered one.
const receiverKinds = new Map([
  ['[object ArrayBuffer]', { is: types.isArrayBuffer, write: (w, v) => w.arrayBuffer(v) }],
  ['[object SharedArrayBuffer]', { is: types.isSharedArrayBuffer, write: (w, v) => w.sharedArrayBuffer(v) }],
  ['[object Date]', { is: types.isDate, write: (w, v) => {
    w.byte(Tag.date);
    w.double(dateTime(v));
  } }],
  ['[object RegExp]', { is: types.isRegExp, write: (w, v) => w.regExp(v) }],
  ['[object Map]', { is: types.isMap, write: (w, v) => w.map(v) }],
  ['[object Set]', { is: types.isSet, write: (w, v) => w.set(v) }],
  ['[object Error]', { is: types.isNativeError, write: (w, v) => w.error(v) }],
  ['[object Number]', { is: types.isNumberObject, write: (w, v) => {
    w.byte(Tag.numberObject);
    w.double(unbox.Number(v));
  } }],
  ['[object Boolean]', {
    is: types.isBooleanObject,
    write: (w, v) => w.byte(unbox.Boolean(v) ? Tag.trueObject : Tag.falseObject),
  }],
  ['[object BigInt]', { is: types.isBigIntObject, write: (w, v) => {
    w.byte(Tag.bigIntObject);
    w.bigIntPayload(unbox.BigInt(v));
  } }],
  ['[object String]', { is: types.isStringObject, write: (w, v) => {
    w.byte(Tag.stringObject);
    w.string(unbox.String(v));
  } }],
]);

function varintSize(value) {
  let size = 1;
  while (value >= 0x80) {
    value >>>= 7;
    size++;
  }
  return size;
}

// The number an array-index key stands for (0 to 2**32 - 2), or -1.
function arrayIndex(key) {
  const first = key.charCodeAt(0);
  if (!(first >= 0x30 && first <= 0x39) || (first === 0x30 && key.length > 1) || key.length > 10) return -1;
  const number = Number(key);
  return Number.isInteger(number) && number < 2 ** 32 - 1 && String(number) === key ? number : -1;
}

// ----------------------------------------------------------------------------------------------------------
// Reading

class DeserializationError extends Error {}

/** A position in the bytes a Deserializer reads, and the objects it has made. */
class ValueReader {
  constructor(deserializer, view) {
    this.deserializer = deserializer;
    this.bytes = new Uint8Array(view.buffer, view.byteOffset, view.byteLength);
    this.position = 0;
    this.version = 0;
    this.objects = [];
    this.transferred = new Map();
  }

  fail() {
    throw new DeserializationError('Unable to deserialize cloned data.');
  }

  byte() {
    if (this.position >= this.bytes.length) this.fail();
    return this.bytes[this.position++];
  }

  // [high, low] 32-bit halves of an unsigned LEB128 number.
  varint64() {
    let high = 0;
    let low = 0;
    let shift = 0;
    let b;
    do {
      b = this.byte();
      const bits = b & 0x7f;
      if (shift < 32) {
        low = (low | (bits << shift)) >>> 0;
        if (shift > 25) high = (high | (bits >>> (32 - shift))) >>> 0;
      } else if (shift < 64) {
        high = (high | (bits << (shift - 32))) >>> 0;
      }
      shift += 7;
    } while (b & 0x80);
    return [high, low];
  }

  varint() {
    return this.varint64()[1];
  }

  double() {
    const at = this.take(8);
    return new DataView(this.bytes.buffer, this.bytes.byteOffset + at, 8).getFloat64(0, true);
  }

  // Skips the bytes and gives their offset.
  take(count) {
    if (!(count >= 0) || count > this.bytes.length - this.position) this.fail();
    const at = this.position;
    this.position += count;
    return at;
  }

  peekTag() {
    let at = this.position;
    while (at < this.bytes.length && this.bytes[at] === Tag.padding) at++;
    return at < this.bytes.length ? this.bytes[at] : -1;
  }

  tag() {
    let t;
    do t = this.byte(); while (t === Tag.padding);
    return t;
  }

  header() {
    if (this.peekTag() !== Tag.version) {
      throw new DeserializationError('Unable to deserialize cloned data due to invalid or unsupported version.');
    }
    this.tag();
    const [high, version] = this.varint64();
    if (high !== 0 || version > kLatestVersion) {
      throw new DeserializationError('Unable to deserialize cloned data due to invalid or unsupported version.');
    }
    this.version = version;
  }

  remember(object) {
    this.objects.push(object);
    return object;
  }

  value() {
    const result = this.valueOfTag(this.tag());
    // A view follows the buffer it is over.
    if (this.peekTag() === Tag.arrayBufferView && types.isAnyArrayBuffer(result)) {
      this.tag();
      return this.view(result);
    }
    return result;
  }

  valueOfTag(t) {
    switch (t) {
      case Tag.verifyObjectCount:
        this.varint();
        return this.value();
      case Tag.undefined: return undefined;
      case Tag.null: return null;
      case Tag.true: return true;
      case Tag.false: return false;
      case Tag.int32: {
        const zigzag = this.varint();
        return (zigzag >>> 1) ^ -(zigzag & 1);
      }
      case Tag.uint32: return this.varint();
      case Tag.double: return this.double();
      case Tag.bigInt: return this.bigIntPayload();
      case Tag.utf8String: case Tag.oneByteString: case Tag.twoByteString: return this.stringPayload(t);
      case Tag.objectReference: {
        const id = this.varint();
        if (id >= this.objects.length || this.objects[id] === undefined) this.fail();
        return this.objects[id];
      }
      case Tag.beginObject: return this.object();
      case Tag.beginSparseArray: return this.sparseArray();
      case Tag.beginDenseArray: return this.denseArray();
      case Tag.date: return this.remember(new Date(this.double()));
      case Tag.trueObject: return this.remember(Object(true));
      case Tag.falseObject: return this.remember(Object(false));
      case Tag.numberObject: return this.remember(Object(this.double()));
      case Tag.bigIntObject: return this.remember(Object(this.bigIntPayload()));
      case Tag.stringObject: return this.remember(Object(this.string()));
      case Tag.regExp: return this.regExp();
      case Tag.beginMap: return this.map();
      case Tag.beginSet: return this.set();
      case Tag.arrayBuffer: return this.arrayBuffer(false);
      case Tag.resizableArrayBuffer: return this.arrayBuffer(true);
      case Tag.arrayBufferTransfer: {
        const buffer = this.transferred.get(this.varint());
        if (buffer === undefined) this.fail();
        return this.remember(buffer);
      }
      case Tag.sharedArrayBuffer: return this.sharedArrayBuffer();
      case Tag.error: return this.error();
      case Tag.hostObject: return this.hostObject();
      default: this.fail();
    }
  }

  bigIntPayload() {
    const bitfield = this.varint();
    const byteLength = bitfield >>> 1;
    const at = this.take(byteLength);
    let magnitude = 0n;
    for (let i = byteLength - 1; i >= 0; i--) magnitude = (magnitude << 8n) | BigInt(this.bytes[at + i]);
    return bitfield & 1 ? -magnitude : magnitude;
  }

  string() {
    const t = this.tag();
    if (t !== Tag.utf8String && t !== Tag.oneByteString && t !== Tag.twoByteString) this.fail();
    return this.stringPayload(t);
  }

  stringPayload(t) {
    const byteLength = this.varint();
    if (t === Tag.twoByteString && byteLength % 2 !== 0) this.fail();
    const at = this.take(byteLength);
    const end = at + byteLength;
    if (t === Tag.utf8String) return bufferOver(this.bytes).utf8Slice(at, end);
    if (t === Tag.twoByteString) return bufferOver(this.bytes).ucs2Slice(at, end);
    if (byteLength <= 32) return String.fromCharCode.apply(undefined, this.bytes.subarray(at, end));
    return bufferOver(this.bytes).latin1Slice(at, end);
  }

  // Key/value pairs up to the end tag; gives how many there were.
  properties(target, endTag) {
    let count = 0;
    while (this.peekTag() !== endTag) {
      const key = this.value();
      if (typeof key !== 'string' && typeof key !== 'number') this.fail();
      const value = this.value();
      if (key === '__proto__') {
        Object.defineProperty(target, key, { value, writable: true, enumerable: true, configurable: true });
      } else {
        target[key] = value;
      }
      count++;
    }
    this.tag();
    return count;
  }

  object() {
    const object = this.remember({});
    const count = this.properties(object, Tag.endObject);
    if (this.varint() !== count) this.fail();
    return object;
  }

  sparseArray() {
    const length = this.varint();
    const array = this.remember(new Array(length));
    const count = this.properties(array, Tag.endSparseArray);
    if (this.varint() !== count || this.varint() !== length) this.fail();
    return array;
  }

  denseArray() {
    const length = this.varint();
    if (length > this.bytes.length - this.position) this.fail();
    const array = this.remember(new Array(length));
    readAsHoley.add(array);
    for (let i = 0; i < length; i++) {
      if (this.peekTag() === Tag.theHole) {
        this.tag();
        continue;
      }
      array[i] = this.value();
    }
    const count = this.properties(array, Tag.endDenseArray);
    if (this.varint() !== count || this.varint() !== length) this.fail();
    return array;
  }

  regExp() {
    const id = this.objects.length;
    this.objects.push(undefined);
    const source = this.string();
    const bits = this.varint();
    if (bits & ~kRegExpKnownFlags) this.fail();
    let flags = '';
    for (const [flag, bit] of Object.entries(regExpFlagBits)) if (bits & bit) flags += flag;
    // An invalid pattern fails with the RegExp constructor's own SyntaxError, as in V8.
    const regExp = new RegExp(source, flags);
    this.objects[id] = regExp;
    return regExp;
  }

  map() {
    const map = this.remember(new Map());
    let count = 0;
    while (this.peekTag() !== Tag.endMap) {
      const key = this.value();
      map.set(key, this.value());
      count += 2;
    }
    this.tag();
    if (this.varint() !== count) this.fail();
    return map;
  }

  set() {
    const set = this.remember(new Set());
    let count = 0;
    while (this.peekTag() !== Tag.endSet) {
      set.add(this.value());
      count++;
    }
    this.tag();
    if (this.varint() !== count) this.fail();
    return set;
  }

  arrayBuffer(resizable) {
    const byteLength = this.varint();
    const maxByteLength = resizable ? this.varint() : byteLength;
    if (maxByteLength < byteLength) this.fail();
    const at = this.take(byteLength);
    const buffer = resizable ? new ArrayBuffer(byteLength, { maxByteLength }) : new ArrayBuffer(byteLength);
    new Uint8Array(buffer).set(this.bytes.subarray(at, at + byteLength));
    return this.remember(buffer);
  }

  view(buffer) {
    const Ctor = viewsByTag.get(this.byte());
    const byteOffset = this.varint();
    const byteLength = this.varint();
    const flags = this.version >= 14 ? this.varint() : 0;
    if (Ctor === undefined) this.fail();
    const elementSize = Ctor.BYTES_PER_ELEMENT ?? 1;
    const tracking = (flags & kLengthTracking) !== 0;
    if (byteOffset % elementSize !== 0 || byteLength % elementSize !== 0 ||
        byteOffset + (tracking ? 0 : byteLength) > buffer.byteLength) {
      this.fail();
    }
    const length = Ctor === DataView ? byteLength : byteLength / elementSize;
    return this.remember(tracking ? new Ctor(buffer, byteOffset) : new Ctor(buffer, byteOffset, length));
  }

  error() {
    const id = this.objects.length;
    this.objects.push(undefined);
    let Ctor = Error;
    let message;
    let stack;
    let hasCause = false;
    let cause;
    for (let t = this.tag(); t !== ErrorTag.errorEnd; t = this.tag()) {
      if (errorsByPrototypeTag.has(t)) Ctor = errorsByPrototypeTag.get(t);
      else if (t === ErrorTag.errorMessage) message = this.string();
      else if (t === ErrorTag.errorStack) stack = this.string();
      else if (t === ErrorTag.errorCause) {
        hasCause = true;
        cause = this.value();
      } else this.fail();
    }
    const error = new Ctor();
    const define = (key, value) =>
      Object.defineProperty(error, key, { value, writable: true, enumerable: false, configurable: true });
    if (stack !== undefined) define('stack', stack);
    if (message !== undefined) define('message', message);
    if (hasCause) define('cause', cause);
    this.objects[id] = error;
    return error;
  }

  // V8 asks its embedder's delegate for the buffer behind an id (GetSharedArrayBufferFromId).
  sharedArrayBuffer() {
    const getBuffer = this.deserializer._getSharedArrayBufferFromId;
    if (typeof getBuffer !== 'function') this.fail();
    return this.remember(getBuffer.call(this.deserializer, this.varint()));
  }

  hostObject() {
    const id = this.objects.length;
    this.objects.push(undefined);
    const readHostObject = this.deserializer._readHostObject;
    if (typeof readHostObject !== 'function') this.fail();
    const object = readHostObject.call(this.deserializer);
    if (object === null || (typeof object !== 'object' && typeof object !== 'function')) this.fail();
    this.objects[id] = object;
    return object;
  }
}

function bufferOver(bytes) {
  return new FastBuffer(bytes.buffer, bytes.byteOffset, bytes.length);
}

// ----------------------------------------------------------------------------------------------------------
// The public classes. Their state is kept outside the objects, as V8 keeps it in native fields.

const writers = new WeakMap();
const readers = new WeakMap();

function writerOf(serializer) {
  const writer = writers.get(serializer);
  if (writer === undefined) throw illegalInvocation();
  return writer;
}

function readerOf(deserializer) {
  const reader = readers.get(deserializer);
  if (reader === undefined) throw illegalInvocation();
  return reader;
}

// A failed read reaches the caller as a plain Error, with V8's message or the failed method's name.
function readerCall(action, failure) {
  try {
    return action();
  } catch (err) {
    if (err instanceof DeserializationError) throw new Error(failure ?? err.message);
    throw err;
  }
}

function constructCallRequired(name) {
  const err = new TypeError(`Class constructor ${name} cannot be invoked without 'new'`);
  err.code = 'ERR_CONSTRUCT_CALL_REQUIRED';
  return err;
}

function Serializer() {
  if (new.target === undefined) throw constructCallRequired('Serializer');
  writers.set(this, new ValueWriter(this));
}

// Node's native classes: enumerable methods, then the constructor, on a prototype that cannot be replaced.
function definePrototype(Ctor, methods) {
  const prototype = { ...methods };
  Object.defineProperty(prototype, 'constructor', { value: Ctor, writable: true, configurable: true });
  Object.defineProperty(Ctor, 'prototype', { value: prototype, writable: false });
  return prototype;
}

definePrototype(Serializer, {
  writeHeader() {
    const writer = writerOf(this);
    writer.byte(Tag.version);
    writer.varint(kLatestVersion);
  },
  writeValue(value) {
    writerOf(this).value(value);
    return true;
  },
  releaseBuffer() {
    return writerOf(this).release();
  },
  transferArrayBuffer(id, arrayBuffer) {
    const writer = writerOf(this);
    if (!types.isArrayBuffer(arrayBuffer)) throw invalidArgType('arrayBuffer must be an ArrayBuffer');
    writer.transferred ??= new Map();
    writer.transferred.set(arrayBuffer, id >>> 0);
  },
  writeUint32(value) {
    writerOf(this).varint(value >>> 0);
  },
  writeUint64(high, low) {
    writerOf(this).varint64(high >>> 0, low >>> 0);
  },
  writeDouble(value) {
    writerOf(this).double(+value);
  },
  writeRawBytes(source) {
    const writer = writerOf(this);
    if (!types.isArrayBufferView(source)) throw invalidArgType('source must be a TypedArray or a DataView');
    writer.rawBytes(source);
  },
  _setTreatArrayBufferViewsAsHostObjects(value) {
    writerOf(this).viewsAsHostObjects = Boolean(value);
  },
});
Serializer.prototype._getDataCloneError = Error;

function Deserializer(buffer) {
  if (new.target === undefined) throw constructCallRequired('Deserializer');
  if (!types.isArrayBufferView(buffer)) throw invalidArgType('buffer must be a TypedArray or a DataView');
  readers.set(this, new ValueReader(this, buffer));
  this.buffer = buffer;
}

definePrototype(Deserializer, {
  readHeader() {
    const reader = readerOf(this);
    readerCall(() => reader.header());
    return true;
  },
  readValue() {
    const reader = readerOf(this);
    return readerCall(() => reader.value());
  },
  getWireFormatVersion() {
    return readerOf(this).version;
  },
  transferArrayBuffer(id, arrayBuffer) {
    const reader = readerOf(this);
    if (!types.isAnyArrayBuffer(arrayBuffer)) {
      throw invalidArgType('arrayBuffer must be an ArrayBuffer or SharedArrayBuffer');
    }
    reader.transferred.set(id >>> 0, arrayBuffer);
  },
  readUint32() {
    const reader = readerOf(this);
    return readerCall(() => reader.varint(), 'ReadUint32() failed');
  },
  readUint64() {
    const reader = readerOf(this);
    return readerCall(() => reader.varint64(), 'ReadUint64() failed');
  },
  readDouble() {
    const reader = readerOf(this);
    return readerCall(() => reader.double(), 'ReadDouble() failed');
  },
  _readRawBytes(length) {
    const reader = readerOf(this);
    return readerCall(() => reader.take(Number(length)), 'ReadRawBytes() failed');
  },
});
Object.assign(Deserializer.prototype, {
  readRawBytes(length) {
    const offset = this._readRawBytes(length);
    const buffer = this.buffer;
    return new FastBuffer(buffer.buffer, buffer.byteOffset + offset, length);
  },
});

module.exports = { Serializer, Deserializer, isOneByte, kIsHostObject };

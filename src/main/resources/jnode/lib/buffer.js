'use strict';
// node:buffer: Buffer (a Uint8Array subclass), atob/btoa, transcode, isUtf8/isAscii. Bulk encoding,
// decoding and search run in Java (internalBinding('buffer'), dev.jnode.buffer.BufferBinding).

const binding = internalBinding('buffer');
const {
  codes: {
    ERR_BUFFER_OUT_OF_BOUNDS, ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE, ERR_INVALID_BUFFER_SIZE,
    ERR_MISSING_ARGS, ERR_OUT_OF_RANGE, ERR_UNKNOWN_ENCODING,
  },
  codedError,
} = require('internal/errors');
const { validateInteger, validateNumber, validateString } = require('internal/validators');
const {
  normalizeEncoding, encodingId, encodingIds, FastBuffer, isUint8Array, isAnyArrayBuffer, isArrayBufferView,
  poolArrayBuffers,
} = require('internal/buffer');
const { DOMException } = require('internal/per_context/domexception');

const kMaxLength = Number.MAX_SAFE_INTEGER;
const kStringMaxLength = 536870888;
const constants = Object.defineProperties({}, {
  MAX_LENGTH: { value: kMaxLength, writable: false, enumerable: true },
  MAX_STRING_LENGTH: { value: kStringMaxLength, writable: false, enumerable: true },
});
const customInspectSymbol = Symbol.for('nodejs.util.inspect.custom');
const TypedArrayFill = Uint8Array.prototype.fill;
const { utf8: UTF8, utf16le: UCS2, latin1: LATIN1, ascii: ASCII, base64: BASE64, base64url: BASE64URL, hex: HEX } =
  encodingIds;

let INSPECT_MAX_BYTES = 50;

// ---- the bridge to Java: encoded bytes arrive in a reused scratch buffer, or a one-off buffer when large ----
let scratchView;
function encoded(count) {
  if (scratchView === undefined) scratchView = new Uint8Array(new ArrayBuffer(binding.scratch()));
  if (count <= scratchView.length) return scratchView;
  const view = new Uint8Array(new ArrayBuffer(binding.output()));
  if (view.length <= kRetainedScratch) scratchView = view;
  return view;
}
const kRetainedScratch = 16 * 1024 * 1024;

// Writes `string` encoded into buf[offset, offset + max); returns the byte count (whole characters only).
function writeEncoded(buf, string, offset, max, encoding) {
  if (max <= 0) return 0;
  if (string.length <= 32 && (encoding === LATIN1 || encoding === ASCII || encoding === UTF8)) {
    const n = Math.min(string.length, max);
    let i = 0;
    for (; i < n; i++) {
      const c = string.charCodeAt(i);
      if (c >= 0x80 && encoding === UTF8) break;
      buf[offset + i] = c;
    }
    if (i === n) return n;
  }
  if (encoding === UTF8) return writeUtf8(buf, string, offset, max);
  const count = binding.encode(string, encoding, max);
  const source = encoded(count);
  buf.set(count === source.length ? source : source.subarray(0, count), offset);
  return count;
}

// GraalJS's TextEncoder transcodes inside the engine, several times faster than a call to Java, and replaces
// lone surrogates with U+FFFD as Node does. (Its encodeInto is slow until compiled, so it is not used.)
const utf8Encoder = new TextEncoder();

function writeUtf8(buf, string, offset, max) {
  // Every character takes at least one byte: only the first `max` can be written.
  const bytes = utf8Encoder.encode(max < string.length ? string.slice(0, max) : string);
  let count = bytes.length;
  if (count > max) {
    // Back off to the start of the character that does not fit.
    count = max;
    while (count > 0 && (bytes[count] & 0xc0) === 0x80) count--;
  }
  buf.set(count === bytes.length ? bytes : bytes.subarray(0, count), offset);
  return count;
}

// Encodes a whole string into a new buffer of exactly its byte count.
function encodeToNew(string, encoding) {
  if (encoding === UTF8) {
    const bytes = utf8Encoder.encode(string);
    return new FastBuffer(bytes.buffer, 0, bytes.length);
  }
  const count = binding.encode(string, encoding, kMaxLength);
  const source = encoded(count);
  const buf = allocate(count);
  buf.set(count === source.length ? source : source.subarray(0, count));
  return buf;
}

function decodeRange(buf, start, end, encoding) {
  const length = end - start;
  if (length <= 0) return '';
  if (length <= 32 && (encoding === LATIN1 || encoding === UTF8 || encoding === ASCII)) {
    let s = '';
    for (let i = start; i < end; i++) {
      const c = buf[i];
      if (c >= 0x80) {
        if (encoding === UTF8) return binding.decode(buf.buffer, buf.byteOffset + start, length, encoding);
        s += String.fromCharCode(encoding === ASCII ? c & 0x7f : c);
      } else {
        s += String.fromCharCode(c);
      }
    }
    return s;
  }
  return binding.decode(buf.buffer, buf.byteOffset + start, length, encoding);
}

function byteLengthUtf8(string) {
  const n = string.length;
  if (n <= 64) {
    let i = 0;
    while (i < n && string.charCodeAt(i) < 0x80) i++;
    if (i === n) return n;
  }
  return binding.utf8Length(string);
}

function base64ByteLength(str, bytes) {
  if (str.charCodeAt(bytes - 1) === 0x3D) bytes--;
  if (bytes > 1 && str.charCodeAt(bytes - 1) === 0x3D) bytes--;
  return (bytes * 3) >>> 2;
}

// How many bytes a string takes in each encoding (base64 counts its padding out; hex takes whole pairs).
const encodedSize = [];
encodedSize[UTF8] = byteLengthUtf8;
encodedSize[UCS2] = (string) => string.length * 2;
encodedSize[LATIN1] = encodedSize[ASCII] = (string) => string.length;
encodedSize[BASE64] = encodedSize[BASE64URL] = (string) => base64ByteLength(string, string.length);
encodedSize[HEX] = (string) => string.length >>> 1;

// ---- the allocation pool ----
// Small unsafe allocations are slices of one shared ArrayBuffer of Buffer.poolSize bytes. Every slice starts
// on an 8-byte boundary, so that wider typed arrays can view it.
const pool = {
  arrayBuffer: undefined,
  capacity: 0,
  used: 0,
  /** Whether an allocation of `size` bytes comes from the pool (under half of it) rather than its own memory. */
  serves(size) {
    return size < (Buffer.poolSize >>> 1);
  },
  /** A view of `size` free bytes, starting a new pool when this one lacks room; take() claims them. */
  view(size) {
    if (this.arrayBuffer === undefined || size > this.capacity - this.used) {
      this.capacity = Buffer.poolSize;
      this.arrayBuffer = new ArrayBuffer(this.capacity);
      poolArrayBuffers.add(this.arrayBuffer);
      this.used = 0;
    }
    return new FastBuffer(this.arrayBuffer, this.used, size);
  },
  take(size) {
    this.used = Math.ceil((this.used + size) / 8) * 8;
  },
};

/** Uninitialised bytes: pooled when small. */
function allocate(size) {
  if (!(size > 0)) return new FastBuffer();
  if (!pool.serves(size)) return new FastBuffer(size);
  const bytes = pool.view(size);
  pool.take(size);
  return bytes;
}

function fromStringFast(string, encoding) {
  // A UTF-8 or UTF-16 string never takes fewer bytes than characters: too long for the pool, skip counting.
  if ((encoding === UTF8 || encoding === UCS2) && !pool.serves(string.length)) return encodeToNew(string, encoding);
  const estimate = encodedSize[encoding](string);
  if (!pool.serves(estimate)) return encodeToNew(string, encoding);
  const room = pool.view(estimate);
  // Base64 may decode to fewer bytes than estimated (whitespace, stray characters): keep only what was written.
  const written = writeEncoded(room, string, 0, estimate, encoding);
  pool.take(written);
  return written === estimate ? room : new FastBuffer(room.buffer, room.byteOffset, written);
}

/** The encoding id a caller named, UTF-8 when it named none; unknown names throw ERR_UNKNOWN_ENCODING. */
function knownEncoding(name) {
  if (!name) return UTF8;
  const id = encodingId(name);
  if (id === undefined) throw new ERR_UNKNOWN_ENCODING(name);
  return id;
}

function fromString(string, encoding) {
  const id = typeof encoding === 'string' ? knownEncoding(encoding) : UTF8;
  return string.length === 0 ? new FastBuffer() : fromStringFast(string, id);
}

// ---- Buffer.from's sources other than strings ----
/** A view sharing the memory of an (Shared)ArrayBuffer; without a length it tracks a resizable buffer's size. */
function viewOfArrayBuffer(arrayBuffer, offsetArgument, lengthArgument) {
  const offset = offsetArgument === undefined ? 0 : (+offsetArgument || 0);
  const available = arrayBuffer.byteLength - offset;
  if (available < 0) throw new ERR_BUFFER_OUT_OF_BOUNDS('offset');
  if (lengthArgument === undefined) return new FastBuffer(arrayBuffer, offset);
  const length = +lengthArgument > 0 ? +lengthArgument : 0;
  if (length > available) throw new ERR_BUFFER_OUT_OF_BOUNDS('length');
  return new FastBuffer(arrayBuffer, offset, length);
}

/** A copy of the byte values of an array or array-like (each converted as a Uint8Array element). */
function copyOfItems(items) {
  const bytes = allocate(items.length);
  bytes.set(items);
  return bytes;
}

/** The items an object offers as bytes: its own indexed elements, or a Buffer's toJSON() form's data. */
function itemsOf(object) {
  const arrayLike = object.length !== undefined || isAnyArrayBuffer(object.buffer);
  if (arrayLike) return typeof object.length === 'number' ? object : [];
  if (object.type === 'Buffer' && Array.isArray(object.data)) return object.data;
  return undefined;
}

// ---- argument checks shared by the statics and methods ----
/** Throws unless `value` is a Buffer or another Uint8Array; `index` names an element of the argument. */
function requireBytes(value, name, index) {
  if (isUint8Array(value)) return;
  const argument = index === undefined ? name : `${name}[${index}]`;
  throw new ERR_INVALID_ARG_TYPE(argument, ['Buffer', 'Uint8Array'], value);
}

/** A position or count argument: an integer from 0 to `max`, returned as is. */
function checkedIndex(value, name, max = kMaxLength) {
  validateInteger(value, name, 0, max);
  return value;
}

function checkedSize(size) {
  validateNumber(size, 'size', 0, kMaxLength);
  return size;
}

/** `value` as a whole number (fraction dropped towards -Infinity), or `fallback` when not a safe number. */
function wholeNumberOr(value, fallback) {
  const number = +value;
  return Number.isNaN(number) || Math.abs(number) > Number.MAX_SAFE_INTEGER ? fallback : Math.floor(number);
}

/** -1, 0 or 1 as a[aStart, aEnd) sorts before, with or after b[bStart, bEnd), byte by byte. */
function compareRanges(a, aStart, aEnd, b, bStart, bEnd) {
  const aLength = aEnd - aStart;
  const bLength = bEnd - bStart;
  const common = Math.min(aLength, bLength);
  if (common > 64) {
    return binding.compare(a.buffer, a.byteOffset + aStart, aLength, b.buffer, b.byteOffset + bStart, bLength);
  }
  for (let k = 0; k < common; k++) {
    const difference = a[aStart + k] - b[bStart + k];
    if (difference !== 0) return Math.sign(difference);
  }
  return Math.sign(aLength - bLength);
}

/** Copies source[from, to) to target[at...] as far as both sides reach; returns the number of bytes copied. */
function copyRange(source, from, to, target, at) {
  const count = Math.min(to - from, source.length - from, target.length - at);
  if (count <= 0) return 0;
  const bytes = from === 0 && count === source.length ? source
    : new Uint8Array(source.buffer, source.byteOffset + from, count);
  target.set(bytes, at);
  return count;
}

// ---- the Buffer function and its statics ----
function deprecatedOnce(message, code) {
  let warned = false;
  return () => {
    if (warned) return;
    warned = true;
    process.emitWarning(message, 'DeprecationWarning', code);
  };
}
const warnBufferCall = deprecatedOnce('Buffer() is deprecated due to security and usability issues. Please use the ' +
  'Buffer.alloc(), Buffer.allocUnsafe(), or Buffer.from() methods instead.', 'DEP0005');
const warnSlowBuffer = deprecatedOnce('SlowBuffer() is deprecated. Please use Buffer.allocUnsafeSlow()', 'DEP0030');

// The legacy Buffer(size) / Buffer(data, ...) call, with or without new.
function Buffer(arg, encodingOrOffset, length) {
  warnBufferCall();
  if (typeof arg !== 'number') return Buffer.from(arg, encodingOrOffset, length);
  if (typeof encodingOrOffset === 'string') throw new ERR_INVALID_ARG_TYPE('string', 'string', arg);
  return Buffer.alloc(arg);
}

Object.defineProperty(Buffer, Symbol.species, { get() { return FastBuffer; }, enumerable: false, configurable: true });

Buffer.poolSize = 64 * 1024;

const FROM_ACCEPTS = ['string', 'Buffer', 'ArrayBuffer', 'Array', 'Array-like Object'];

/**
 * What an object passed to Buffer.from stands for when it is not itself bytes: the string or object its
 * valueOf() gives (boxed strings, wrappers), else undefined.
 */
function unwrapped(value) {
  // Named `value`: a valueOf that is not a function fails with "value.valueOf is not a function", as in Node.
  const inner = value.valueOf && value.valueOf();
  if (inner === value || inner === null) return undefined;
  return typeof inner === 'string' || typeof inner === 'object' ? inner : undefined;
}

/** The string an object converts to through Symbol.toPrimitive, if it defines one that gives a string. */
function primitiveString(object) {
  const convert = object[Symbol.toPrimitive];
  if (typeof convert !== 'function') return undefined;
  const primitive = convert.call(object, 'string');
  return typeof primitive === 'string' ? primitive : undefined;
}

Buffer.from = function from(value, encodingOrOffset, length) {
  if (typeof value === 'string') return fromString(value, encodingOrOffset);
  if (typeof value !== 'object' || value === null) {
    throw new ERR_INVALID_ARG_TYPE('first argument', FROM_ACCEPTS, value);
  }
  if (isAnyArrayBuffer(value)) return viewOfArrayBuffer(value, encodingOrOffset, length);
  const inner = unwrapped(value);
  // The unwrapped value is converted (and, if it fails, reported) as if it had been passed.
  if (inner !== undefined) return from(inner, encodingOrOffset, length);
  const items = itemsOf(value);
  if (items !== undefined) return copyOfItems(items);
  const text = primitiveString(value);
  if (text !== undefined) return fromString(text, encodingOrOffset);
  throw new ERR_INVALID_ARG_TYPE('first argument', FROM_ACCEPTS, value);
};

Buffer.copyBytesFrom = function copyBytesFrom(view, offset, length) {
  if (!ArrayBuffer.isView(view) || view instanceof DataView) {
    throw new ERR_INVALID_ARG_TYPE('view', ['TypedArray'], view);
  }
  const elements = view.length;
  // An empty view gives an empty buffer before its arguments are looked at.
  if (elements === 0) return new FastBuffer();
  const first = offset === undefined ? 0 : checkedIndex(offset, 'offset');
  if (first >= elements) return new FastBuffer();
  const end = length === undefined ? elements : Math.min(first + checkedIndex(length, 'length'), elements);
  const width = view.BYTES_PER_ELEMENT;
  return copyOfItems(new Uint8Array(view.buffer, view.byteOffset + first * width, (end - first) * width));
};

Buffer.of = function of(...items) {
  const bytes = new FastBuffer(items.length);
  items.forEach((item, k) => { bytes[k] = item; });
  return bytes;
};

// Zero-filled unless a non-zero fill is given, which then repeats over the whole buffer.
Buffer.alloc = function alloc(size, fill, encoding) {
  const bytes = new FastBuffer(checkedSize(size));
  const zeroFilled = fill === undefined || fill === 0 || !(size > 0);
  return zeroFilled ? bytes : fillBuffer(bytes, fill, 0, bytes.length, encoding);
};

Buffer.allocUnsafe = function allocUnsafe(size) {
  return allocate(checkedSize(size));
};

Buffer.allocUnsafeSlow = function allocUnsafeSlow(size) {
  return new FastBuffer(checkedSize(size));
};

Buffer.isBuffer = function isBuffer(value) {
  return value instanceof Buffer;
};

Buffer.isEncoding = function isEncoding(encoding) {
  return typeof encoding === 'string' && encoding !== '' && normalizeEncoding(encoding) !== undefined;
};
Buffer[Symbol.for('kIsEncodingSymbol')] = Buffer.isEncoding;

Buffer.compare = function compare(buf1, buf2) {
  requireBytes(buf1, 'buf1');
  requireBytes(buf2, 'buf2');
  return buf1 === buf2 ? 0 : compareRanges(buf1, 0, buf1.length, buf2, 0, buf2.length);
};

// Every part is checked before anything is copied.
Buffer.concat = function concat(list, totalLength) {
  if (!Array.isArray(list)) throw new ERR_INVALID_ARG_TYPE('list', 'Array', list);
  if (list.length === 0) return new FastBuffer();
  const explicitSize = totalLength !== undefined;
  let size = explicitSize ? checkedIndex(totalLength, 'length') : 0;
  for (let k = 0; k < list.length; k++) {
    requireBytes(list[k], 'list', k);
    if (!explicitSize) size += list[k].length;
  }
  const joined = allocate(size);
  let filled = 0;
  for (let k = 0; k < list.length; k++) filled += copyRange(list[k], 0, list[k].length, joined, filled);
  // An explicit total longer than the parts is padded with zeros rather than left uninitialised.
  if (filled < joined.length) TypedArrayFill.call(joined, 0, filled);
  return joined;
};

function byteLength(string, encoding) {
  if (typeof string !== 'string') {
    if (isArrayBufferView(string) || isAnyArrayBuffer(string)) return string.byteLength;
    throw new ERR_INVALID_ARG_TYPE('string', ['string', 'Buffer', 'ArrayBuffer'], string);
  }
  // Internal callers pass `true` third to learn that the encoding is unknown (-1) instead of counting UTF-8.
  const strict = arguments[2] === true;
  const id = encoding ? encodingId(encoding) : undefined;
  if (id !== undefined) return encodedSize[id](string);
  return strict ? -1 : byteLengthUtf8(string);
}
Buffer.byteLength = byteLength;

// ---- fill ----
/** fill()'s encoding argument: absent or empty means UTF-8; anything else must be a known encoding name. */
function fillEncoding(encoding) {
  if (encoding == null || encoding === '') return UTF8;
  validateString(encoding, 'encoding');
  return knownEncoding(encoding);
}

/** What a string fill repeats: a single byte value when one character says it all, else its encoded bytes. */
function stringFillUnit(string, encoding) {
  if (string.length === 0) return 0;
  const code = string.charCodeAt(0);
  const oneByte = string.length === 1 && (encoding === LATIN1 || (encoding === UTF8 && code < 0x80));
  return oneByte ? code : fromStringFast(string, encoding);
}

/** What fill() repeats for a non-string value: a view's bytes, a number as is, anything else as a byte. */
function valueFillUnit(value) {
  if (typeof value === 'number') return value;
  if (isArrayBufferView(value)) return new Uint8Array(value.buffer, value.byteOffset, value.byteLength);
  return (value >>> 0) & 0xff;
}

/** Lays `pattern` at buf[start] and doubles the written stretch until buf[start, stop) is covered. */
function repeatPattern(buf, pattern, start, stop) {
  const span = stop - start;
  let written = Math.min(pattern.length, span);
  buf.set(written === pattern.length ? pattern : pattern.subarray(0, written), start);
  while (written < span) {
    const chunk = Math.min(written, span - written);
    buf.copyWithin(start + written, start, start + chunk);
    written += chunk;
  }
}

function fillBuffer(buf, value, offset, end, encoding) {
  const isString = typeof value === 'string';
  if (isString) {
    // A string fill may name its encoding in place of the offset or of the end.
    if (offset === undefined || typeof offset === 'string') {
      [encoding, offset, end] = [offset, 0, buf.length];
    } else if (typeof end === 'string') {
      [encoding, end] = [end, buf.length];
    }
    encoding = fillEncoding(encoding);
  }
  const start = offset === undefined ? 0 : checkedIndex(offset, 'offset');
  const stop = offset === undefined || end === undefined ? buf.length : checkedIndex(end, 'end', buf.length);
  if (start >= stop) return buf;
  const unit = isString ? stringFillUnit(value, encoding) : valueFillUnit(value);
  if (typeof unit === 'number') {
    TypedArrayFill.call(buf, unit, start, stop);
  } else if (unit.length === 0) {
    throw new ERR_INVALID_ARG_VALUE('value', value);
  } else {
    repeatPattern(buf, unit, start, stop);
  }
  return buf;
}

// ---- search ----
/** Where a search begins: a negative offset counts from the end; -1 when nothing can match. */
function searchStart(length, offset, needleLength, forward) {
  if (offset < 0) {
    const fromEnd = length + offset;
    if (fromEnd >= 0) return fromEnd;
    return forward || needleLength === 0 ? 0 : -1;
  }
  if (offset <= length - needleLength) return offset;
  if (needleLength === 0) return length;
  return forward ? -1 : length - 1;
}

/** The offset argument as a number kept to the int32 range; one that is not a number means the whole buffer. */
function searchOffset(byteOffset, length, forward) {
  const number = Math.min(Math.max(+byteOffset, -0x80000000), 0x7fffffff);
  if (!Number.isNaN(number)) return number;
  return forward ? 0 : length;
}

function findByte(buffer, byte, offset, forward) {
  const start = searchStart(buffer.length, offset, 1, forward);
  if (start < 0 || buffer.length === 0) return -1;
  const find = forward ? Uint8Array.prototype.indexOf : Uint8Array.prototype.lastIndexOf;
  return find.call(buffer, byte, start);
}

function findBytes(buffer, needle, offset, forward, twoByteUnits) {
  const length = buffer.length;
  const start = searchStart(length, offset, needle.length, forward);
  if (needle.length === 0) return start;
  const fits = forward ? start + needle.length <= length : needle.length <= length;
  if (start < 0 || !fits || (twoByteUnits && needle.length < 2)) return -1;
  return binding.indexOf(buffer.buffer, buffer.byteOffset, length, needle.buffer, needle.byteOffset,
    needle.length, start, forward, twoByteUnits ? 2 : 1);
}

// indexOf, lastIndexOf and includes: the offset may be skipped, its place taken by the encoding.
function search(buffer, value, byteOffset, encoding, forward) {
  if (typeof byteOffset === 'string') [encoding, byteOffset] = [byteOffset, undefined];
  const offset = searchOffset(byteOffset, buffer.length, forward);
  if (typeof value === 'number') return findByte(buffer, value & 0xff, offset, forward);
  const id = encoding === undefined ? UTF8 : encodingId(encoding);
  if (typeof value === 'string') {
    if (id === undefined) throw new ERR_UNKNOWN_ENCODING(encoding);
    return findBytes(buffer, fromStringFast(value, id), offset, forward, id === UCS2);
  }
  if (isUint8Array(value)) return findBytes(buffer, value, offset, forward, id === UCS2);
  throw new ERR_INVALID_ARG_TYPE('value', ['number', 'string', 'Buffer', 'Uint8Array'], value);
}

// ---- the prototype ----
const proto = FastBuffer.prototype;
Buffer.prototype = proto;
Object.defineProperty(proto, 'constructor', { value: Buffer, writable: true, enumerable: false, configurable: true });
Object.setPrototypeOf(Buffer, Uint8Array);

require('internal/buffer').addReadWriteMethods(proto);

function defineSlice(name, encoding) {
  proto[name] = { [name](start = 0, end = this.length) {
    if (start < 0 || end > this.length || start > end) {
      if (start < 0 || start > this.length) throw new ERR_BUFFER_OUT_OF_BOUNDS('start');
      throw new ERR_OUT_OF_RANGE('end', `>= ${start} && <= ${this.length}`, end);
    }
    return decodeRange(this, start, end, encoding);
  } }[name];
}
function requireString(value) {
  if (typeof value !== 'string') throw codedError('ERR_INVALID_ARG_TYPE', 'argument must be a string');
}
function defineWrite(name, encoding) {
  proto[name] = { [name](string, offset = 0, length = this.length - offset) {
    requireString(string);
    if (offset < 0 || offset > this.length) throw new ERR_BUFFER_OUT_OF_BOUNDS('offset');
    return writeEncoded(this, string, offset, Math.min(length, this.length - offset), encoding);
  } }[name];
}
for (const [name, id] of [['ascii', ASCII], ['base64', BASE64], ['base64url', BASE64URL], ['latin1', LATIN1],
  ['hex', HEX], ['ucs2', UCS2], ['utf8', UTF8]]) {
  defineSlice(`${name}Slice`, id);
  defineWrite(`${name}Write`, id);
}

// The legacy names of buffer.buffer and buffer.byteOffset.
for (const [legacy, current] of [['parent', 'buffer'], ['offset', 'byteOffset']]) {
  Object.defineProperty(proto, legacy, {
    enumerable: true, configurable: false,
    get() { return this instanceof Buffer ? this[current] : undefined; },
  });
}

// Out-of-range source positions are errors; a target too short just takes fewer bytes.
proto.copy = function copy(target, targetStart, sourceStart, sourceEnd) {
  requireBytes(target, 'target');
  const at = wholeNumberOr(targetStart, 0);
  if (at < 0) throw new ERR_OUT_OF_RANGE('targetStart', '>= 0', at);
  const from = wholeNumberOr(sourceStart, 0);
  if (from < 0 || from > this.length) throw new ERR_OUT_OF_RANGE('sourceStart', `>= 0 && <= ${this.length}`, from);
  const to = sourceEnd === undefined ? this.length : wholeNumberOr(sourceEnd, 0);
  if (to < 0) throw new ERR_OUT_OF_RANGE('sourceEnd', '>= 0', to);
  return at >= target.length || from >= to ? 0 : copyRange(this, from, to, target, at);
};

/** A toString() bound: fraction dropped, NaN as 0; the caller clamps it to the buffer. */
function wholeBound(value) {
  return Math.trunc(value) || 0;
}

proto.toString = function toString(encoding, start, end) {
  const length = this.length;
  if (arguments.length === 0) return decodeRange(this, 0, length, UTF8);
  const from = start <= 0 ? 0 : Math.min(wholeBound(start), length);
  const to = end === undefined || end > length ? length : wholeBound(end);
  if (to <= from) return '';
  const id = encoding === undefined ? UTF8 : encodingId(encoding);
  if (id === undefined) throw new ERR_UNKNOWN_ENCODING(encoding);
  return decodeRange(this, from, to, id);
};

proto.equals = function equals(otherBuffer) {
  requireBytes(otherBuffer, 'otherBuffer');
  const length = this.byteLength;
  if (length !== otherBuffer.byteLength) return false;
  return this === otherBuffer || length === 0 || compareRanges(this, 0, length, otherBuffer, 0, length) === 0;
};

// ---- inspection: <Buffer 68 69 ...> plus any own non-index properties ----
const indexKey = /^(0|[1-9][0-9]*)$/;
const nullProtoPrefix = '[Object: null prototype] { ';

function hexPreview(buf) {
  const shown = Math.min(INSPECT_MAX_BYTES, buf.length);
  const pairs = decodeRange(buf, 0, shown, HEX).match(/.{1,2}/g) ?? [];
  const hidden = buf.length - INSPECT_MAX_BYTES;
  const more = hidden > 0 ? ` ... ${hidden} more byte${hidden > 1 ? 's' : ''}` : '';
  return pairs.join(' ') + more;
}

/** The buffer's own non-index properties as inspect would list them inside braces, or '' when it has none. */
function extraProperties(buf, ctx) {
  const names = (ctx.showHidden ? Object.getOwnPropertyNames(buf) : Object.keys(buf))
    .filter((name) => !indexKey.test(name));
  if (names.length === 0) return '';
  const holder = { __proto__: null };
  for (const name of names) holder[name] = buf[name];
  const { inspect } = require('internal/util/inspect');
  const rendered = inspect(holder, { ...ctx, breakLength: Infinity, compact: true });
  return rendered.slice(nullProtoPrefix.length, -2);
}

proto[customInspectSymbol] = function inspect(recurseTimes, ctx) {
  const extras = ctx ? extraProperties(this, ctx) : '';
  const separator = extras !== '' && this.length !== 0 ? ', ' : '';
  return `<${this.constructor.name} ${hexPreview(this)}${separator}${extras}>`;
};
proto.inspect = proto[customInspectSymbol];

/** An optional start/end argument of compare(): its default when undefined, else a checked integer. */
function rangeArgument(value, name, fallback, max) {
  return value === undefined ? fallback : checkedIndex(value, name, max);
}

proto.compare = function compare(target, targetStart, targetEnd, sourceStart, sourceEnd) {
  requireBytes(target, 'target');
  if (arguments.length === 1) return compareRanges(this, 0, this.length, target, 0, target.length);
  const targetFrom = rangeArgument(targetStart, 'targetStart', 0);
  const targetTo = rangeArgument(targetEnd, 'targetEnd', target.length, target.length);
  const sourceFrom = rangeArgument(sourceStart, 'sourceStart', 0);
  const sourceTo = rangeArgument(sourceEnd, 'sourceEnd', this.length, this.length);
  const sourceEmpty = sourceFrom >= sourceTo;
  const targetEmpty = targetFrom >= targetTo;
  // An empty range sorts before any non-empty one.
  if (sourceEmpty || targetEmpty) return Number(targetEmpty) - Number(sourceEmpty);
  return compareRanges(this, sourceFrom, sourceTo, target, Math.min(targetFrom, target.length), targetTo);
};

proto.indexOf = function indexOf(val, byteOffset, encoding) {
  return search(this, val, byteOffset, encoding, true);
};
proto.lastIndexOf = function lastIndexOf(val, byteOffset, encoding) {
  return search(this, val, byteOffset, encoding, false);
};
proto.includes = function includes(val, byteOffset, encoding) {
  return this.indexOf(val, byteOffset, encoding) !== -1;
};

proto.fill = function fill(value, offset, end, encoding) {
  return fillBuffer(this, value, offset, end, encoding);
};

// write(string[, offset[, length]][, encoding]): the encoding may come second or third. Without an offset the
// whole buffer takes UTF-8 and any later argument is ignored.
proto.write = function write(string, offset, length, encoding) {
  const size = this.length;
  if (offset === undefined) return this.utf8Write(string, 0, size);
  let start = 0;
  let count = size;
  if (typeof offset === 'string' && length === undefined) {
    encoding = offset;
  } else {
    start = checkedIndex(offset, 'offset', size);
    count = size - start;
    if (typeof length === 'string') encoding = length;
    else if (length !== undefined) count = Math.min(checkedIndex(length, 'length', size), count);
  }
  const id = knownEncoding(encoding);
  requireString(string);
  return writeEncoded(this, string, start, count, id);
};

proto.toJSON = function toJSON() {
  // A plain array of the bytes, whatever the buffer's own iterator does.
  return { type: 'Buffer', data: Array.prototype.slice.call(this) };
};

/** A slice/subarray position: fraction dropped, a negative one counted from the end, kept in 0..length. */
function clampPosition(position, length) {
  const whole = Math.trunc(position) || 0;
  return Math.min(Math.max(whole < 0 ? length + whole : whole, 0), length);
}

proto.subarray = function subarray(start, end) {
  const length = this.length;
  const from = clampPosition(start, length);
  const to = end === undefined ? length : clampPosition(end, length);
  return new FastBuffer(this.buffer, this.byteOffset + from, Math.max(to - from, 0));
};
proto.slice = function slice(start, end) {
  return this.subarray(start, end);
};

// swap16, swap32 and swap64 reverse the bytes of every 2-, 4- or 8-byte group in place.
for (const width of [2, 4, 8]) {
  const bits = width * 8;
  const reverseGroups = function() {
    const length = this.length;
    if (length % width !== 0) throw new ERR_INVALID_BUFFER_SIZE(`${bits}-bits`);
    for (let group = 0; group < length; group += width) {
      for (let low = group, high = group + width - 1; low < high; low++, high--) {
        const byte = this[low];
        this[low] = this[high];
        this[high] = byte;
      }
    }
    return this;
  };
  Object.defineProperty(reverseGroups, 'name', { value: `swap${bits}` });
  proto[`swap${bits}`] = reverseGroups;
}
proto.toLocaleString = proto.toString;

// ---- module-level functions ----
function transcode(source, fromEncoding, toEncoding) {
  if (!isUint8Array(source)) throw new ERR_INVALID_ARG_TYPE('source', ['Buffer', 'Uint8Array'], source);
  if (source.length === 0) return Buffer.alloc(0);
  const supported = [UTF8, UCS2, LATIN1, ASCII];
  const from = encodingIds[normalizeEncoding(fromEncoding)];
  const to = encodingIds[normalizeEncoding(toEncoding)];
  if (!supported.includes(from) || !supported.includes(to)) {
    const err = new Error('Unable to transcode Buffer [U_ILLEGAL_ARGUMENT_ERROR]');
    err.code = 'U_ILLEGAL_ARGUMENT_ERROR';
    err.errno = 1;
    throw err;
  }
  let text = decodeRange(source, 0, source.length, from);
  if (to === LATIN1 || to === ASCII) {
    const limit = to === LATIN1 ? 0xff : 0x7f;
    let out = '';
    for (const ch of text) out += ch.codePointAt(0) > limit ? '?' : ch;
    text = out;
  }
  return fromStringFast(text, to);
}

function validateBytes(input) {
  if (isArrayBufferView(input)) return new Uint8Array(input.buffer, input.byteOffset, input.byteLength);
  if (isAnyArrayBuffer(input)) return new Uint8Array(input);
  throw new ERR_INVALID_ARG_TYPE('input', ['ArrayBuffer', 'Buffer', 'TypedArray'], input);
}

function isUtf8(input) {
  const bytes = validateBytes(input);
  return binding.isUtf8(bytes.buffer, bytes.byteOffset, bytes.length);
}

function isAscii(input) {
  const bytes = validateBytes(input);
  return binding.isAscii(bytes.buffer, bytes.byteOffset, bytes.length);
}

const base64Chars = /^[A-Za-z0-9+/=]*$/;
const misplacedPadding = /=[^=]|={3}/;

function btoa(input) {
  if (arguments.length === 0) throw new ERR_MISSING_ARGS('input');
  input = `${input}`;
  for (let n = 0; n < input.length; n++) {
    if (input.charCodeAt(n) > 0xff) throw new DOMException('Invalid character', 'InvalidCharacterError');
  }
  return fromStringFast(input, LATIN1).base64Slice(0);
}

// WHATWG forgiving-base64 decode: ASCII whitespace ignored, padding only at the end of a multiple of 4.
function atob(input) {
  if (arguments.length === 0) throw new ERR_MISSING_ARGS('input');
  input = `${input}`.replace(/[\t\n\f\r ]/g, '');
  if (!base64Chars.test(input)) throw new DOMException('Invalid character', 'InvalidCharacterError');
  const padding = input.indexOf('=');
  if (padding !== -1) {
    if (input.length % 4 !== 0 || misplacedPadding.test(input) || input.length - padding > 2) {
      throw new DOMException('Invalid character', 'InvalidCharacterError');
    }
    input = input.slice(0, padding);
  }
  if (input.length % 4 === 1) {
    throw new DOMException('The string to be decoded is not correctly encoded.', 'InvalidCharacterError');
  }
  return fromStringFast(input, BASE64).latin1Slice(0);
}

const deprecatedSlowBuffer = function SlowBuffer(size) {
  warnSlowBuffer();
  return new FastBuffer(checkedSize(size));
};
Object.defineProperty(deprecatedSlowBuffer, 'name', { value: 'deprecated' });

module.exports = {
  Buffer,
  SlowBuffer: deprecatedSlowBuffer,
  transcode,
  isUtf8,
  isAscii,
  kMaxLength,
  kStringMaxLength,
  btoa,
  atob,
  constants,
};
Object.defineProperty(module.exports, 'INSPECT_MAX_BYTES', {
  configurable: true,
  enumerable: true,
  get() { return INSPECT_MAX_BYTES; },
  set(val) {
    validateNumber(val, 'INSPECT_MAX_BYTES', 0);
    INSPECT_MAX_BYTES = val;
  },
});
// Blob and File load on first use: most programs that use Buffer never touch them.
const lazyModules = { Blob: 'internal/blob', resolveObjectURL: 'internal/blob', File: 'internal/file' };
require('internal/util/lazy').defineLazyProperties(module.exports, Object.keys(lazyModules),
  (name) => require(lazyModules[name])[name]);

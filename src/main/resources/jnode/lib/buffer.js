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
const { validateNumber, validateString } = require('internal/validators');
const {
  normalizeEncoding, encodingId, encodingIds, FastBuffer, isUint8Array, isAnyArrayBuffer, isArrayBufferView,
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
  const count = binding.encode(string, encoding, max);
  const source = encoded(count);
  buf.set(count === source.length ? source : source.subarray(0, count), offset);
  return count;
}

// Encodes a whole string into a new buffer of exactly its byte count.
function encodeToNew(string, encoding) {
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

// ---- search ----
function indexOfOffset(length, offset, needleLength, forward) {
  if (offset < 0) {
    if (offset + length >= 0) return length + offset;
    if (forward || needleLength === 0) return 0;
    return -1;
  }
  if (offset + needleLength <= length) return offset;
  if (needleLength === 0) return length;
  if (forward) return -1;
  return length - 1;
}

function indexOfBytes(buffer, needle, byteOffset, encoding, forward) {
  const length = buffer.length;
  const needleLength = needle.length;
  const from = indexOfOffset(length, byteOffset, needleLength, forward);
  if (needleLength === 0) return from;
  if (length === 0 || from <= -1) return -1;
  if ((forward && needleLength + from > length) || needleLength > length) return -1;
  const step = encoding === UCS2 ? 2 : 1;
  if (step === 2 && (length < 2 || needleLength < 2)) return -1;
  return binding.indexOf(buffer.buffer, buffer.byteOffset, length, needle.buffer, needle.byteOffset,
    needleLength, from, forward, step);
}

function indexOfNumber(buffer, value, byteOffset, forward) {
  const length = buffer.length;
  const from = indexOfOffset(length, byteOffset, 1, forward);
  if (from <= -1 || length === 0) return -1;
  const byte = value & 0xff;
  return forward ? Uint8Array.prototype.indexOf.call(buffer, byte, from) :
    Uint8Array.prototype.lastIndexOf.call(buffer, byte, from);
}

function indexOfString(buffer, string, byteOffset, encoding, forward) {
  if (encoding === UCS2 && string.length === 0) {
    return indexOfBytes(buffer, new FastBuffer(), byteOffset, encoding, forward);
  }
  return indexOfBytes(buffer, fromStringFast(string, encoding), byteOffset, encoding, forward);
}

function bidirectionalIndexOf(buffer, val, byteOffset, encoding, forward) {
  if (typeof byteOffset === 'string') {
    encoding = byteOffset;
    byteOffset = undefined;
  } else if (byteOffset > 0x7fffffff) {
    byteOffset = 0x7fffffff;
  } else if (byteOffset < -0x80000000) {
    byteOffset = -0x80000000;
  }
  byteOffset = +byteOffset;
  if (Number.isNaN(byteOffset)) byteOffset = forward ? 0 : (buffer.length || buffer.byteLength);
  if (typeof val === 'number') return indexOfNumber(buffer, val >>> 0, byteOffset, forward);
  const enc = encoding === undefined ? UTF8 : encodingId(encoding);
  if (typeof val === 'string') {
    if (enc === undefined) throw new ERR_UNKNOWN_ENCODING(encoding);
    return indexOfString(buffer, val, byteOffset, enc, forward);
  }
  if (isUint8Array(val)) return indexOfBytes(buffer, val, byteOffset, enc === undefined ? UTF8 : enc, forward);
  throw new ERR_INVALID_ARG_TYPE('value', ['number', 'string', 'Buffer', 'Uint8Array'], val);
}

// ---- allocation and the pool ----
let poolSize;
let poolOffset;
let allocPool;

function createPool() {
  poolSize = Buffer.poolSize;
  allocPool = new ArrayBuffer(poolSize);
  poolOffset = 0;
}

function alignPool() {
  if (poolOffset & 0x7) {
    poolOffset |= 0x7;
    poolOffset++;
  }
}

function allocate(size) {
  if (size <= 0) return new FastBuffer();
  if (size < (Buffer.poolSize >>> 1)) {
    if (allocPool === undefined || size > poolSize - poolOffset) createPool();
    const b = new FastBuffer(allocPool, poolOffset, size);
    poolOffset += size;
    alignPool();
    return b;
  }
  return new FastBuffer(size);
}

function fromStringFast(string, encoding) {
  // A UTF-8 or UTF-16 string never takes fewer bytes than characters: too long for the pool, skip counting.
  if ((encoding === UTF8 || encoding === UCS2) && string.length >= (Buffer.poolSize >>> 1)) {
    return encodeToNew(string, encoding);
  }
  let length;
  switch (encoding) {
    case UTF8: length = byteLengthUtf8(string); break;
    case UCS2: length = string.length * 2; break;
    case LATIN1: case ASCII: length = string.length; break;
    case HEX: length = string.length >>> 1; break;
    default: length = base64ByteLength(string, string.length);
  }
  if (length >= (Buffer.poolSize >>> 1)) return encodeToNew(string, encoding);
  if (allocPool === undefined || length > poolSize - poolOffset) createPool();
  let b = new FastBuffer(allocPool, poolOffset, length);
  const actual = writeEncoded(b, string, 0, length, encoding);
  if (actual !== length) b = new FastBuffer(allocPool, poolOffset, actual);
  poolOffset += actual;
  alignPool();
  return b;
}

function fromString(string, encoding) {
  let enc;
  if (typeof encoding !== 'string' || encoding.length === 0) {
    if (string.length === 0) return new FastBuffer();
    enc = UTF8;
  } else {
    enc = encodingId(encoding);
    if (enc === undefined) throw new ERR_UNKNOWN_ENCODING(encoding);
    if (string.length === 0) return new FastBuffer();
  }
  return fromStringFast(string, enc);
}

function fromArrayBuffer(obj, byteOffset, length) {
  if (byteOffset === undefined) {
    byteOffset = 0;
  } else {
    byteOffset = +byteOffset;
    if (Number.isNaN(byteOffset)) byteOffset = 0;
  }
  const maxLength = obj.byteLength - byteOffset;
  if (maxLength < 0) throw new ERR_BUFFER_OUT_OF_BOUNDS('offset');
  if (length === undefined) {
    length = maxLength;
  } else {
    length = +length;
    if (length > 0) {
      if (length > maxLength) throw new ERR_BUFFER_OUT_OF_BOUNDS('length');
    } else {
      length = 0;
    }
  }
  return new FastBuffer(obj, byteOffset, length);
}

function fromArrayLike(obj) {
  if (obj.length <= 0) return new FastBuffer();
  if (obj.length < (Buffer.poolSize >>> 1)) {
    const b = allocate(obj.length);
    b.set(obj, 0);
    return b;
  }
  return new FastBuffer(obj);
}

function fromObject(obj) {
  if (obj.length !== undefined || isAnyArrayBuffer(obj.buffer)) {
    if (typeof obj.length !== 'number') return new FastBuffer();
    return fromArrayLike(obj);
  }
  if (obj.type === 'Buffer' && Array.isArray(obj.data)) return fromArrayLike(obj.data);
  return undefined;
}

// ---- the Buffer function and its statics ----
let warnedDeprecatedConstructor = false;

function Buffer(arg, encodingOrOffset, length) {
  if (!warnedDeprecatedConstructor) {
    warnedDeprecatedConstructor = true;
    process.emitWarning('Buffer() is deprecated due to security and usability issues. Please use the ' +
      'Buffer.alloc(), Buffer.allocUnsafe(), or Buffer.from() methods instead.', 'DeprecationWarning', 'DEP0005');
  }
  if (typeof arg === 'number') {
    if (typeof encodingOrOffset === 'string') throw new ERR_INVALID_ARG_TYPE('string', 'string', arg);
    return Buffer.alloc(arg);
  }
  return Buffer.from(arg, encodingOrOffset, length);
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
  if (isAnyArrayBuffer(value)) return fromArrayBuffer(value, encodingOrOffset, length);
  const inner = unwrapped(value);
  // The unwrapped value is converted (and, if it fails, reported) as if it had been passed.
  if (inner !== undefined) return from(inner, encodingOrOffset, length);
  const bytes = fromObject(value);
  if (bytes) return bytes;
  const text = primitiveString(value);
  if (text !== undefined) return fromString(text, encodingOrOffset);
  throw new ERR_INVALID_ARG_TYPE('first argument', FROM_ACCEPTS, value);
};

Buffer.copyBytesFrom = function copyBytesFrom(view, offset, length) {
  if (!ArrayBuffer.isView(view) || view instanceof DataView) {
    throw new ERR_INVALID_ARG_TYPE('view', ['TypedArray'], view);
  }
  const viewLength = view.length;
  if (viewLength === 0) return Buffer.alloc(0);
  if (offset !== undefined || length !== undefined) {
    if (offset !== undefined) {
      validateInteger(offset, 'offset', 0);
      if (offset >= viewLength) return new FastBuffer();
    } else {
      offset = 0;
    }
    let end;
    if (length !== undefined) {
      validateInteger(length, 'length', 0);
      end = offset + length;
    } else {
      end = viewLength;
    }
    view = view.subarray(offset, end);
  }
  const bytes = new Uint8Array(view.buffer, view.byteOffset, view.byteLength);
  return fromArrayLike(bytes.slice());
};

Buffer.of = function of(...items) {
  const b = new FastBuffer(items.length);
  for (let k = 0; k < items.length; k++) b[k] = items[k];
  return b;
};

Buffer.alloc = function alloc(size, fill, encoding) {
  validateNumber(size, 'size', 0, kMaxLength);
  if (fill !== undefined && fill !== 0 && size > 0) {
    return _fill(new FastBuffer(size), fill, 0, size, encoding);
  }
  return new FastBuffer(size);
};

Buffer.allocUnsafe = function allocUnsafe(size) {
  validateNumber(size, 'size', 0, kMaxLength);
  return allocate(size);
};

Buffer.allocUnsafeSlow = function allocUnsafeSlow(size) {
  validateNumber(size, 'size', 0, kMaxLength);
  return new FastBuffer(size);
};

Buffer.isBuffer = function isBuffer(b) {
  return b instanceof Buffer;
};

Buffer.compare = function compare(buf1, buf2) {
  if (!isUint8Array(buf1)) throw new ERR_INVALID_ARG_TYPE('buf1', ['Buffer', 'Uint8Array'], buf1);
  if (!isUint8Array(buf2)) throw new ERR_INVALID_ARG_TYPE('buf2', ['Buffer', 'Uint8Array'], buf2);
  if (buf1 === buf2) return 0;
  return compareRanges(buf1, 0, buf1.length, buf2, 0, buf2.length);
};

Buffer.isEncoding = function isEncoding(encoding) {
  return typeof encoding === 'string' && encoding.length !== 0 && normalizeEncoding(encoding) !== undefined;
};
Buffer[Symbol.for('kIsEncodingSymbol')] = Buffer.isEncoding;

Buffer.concat = function concat(list, length) {
  if (!Array.isArray(list)) throw new ERR_INVALID_ARG_TYPE('list', 'Array', list);
  if (list.length === 0) return new FastBuffer();
  if (length === undefined) {
    length = 0;
    for (let i = 0; i < list.length; i++) {
      if (list[i].length) length += list[i].length;
    }
  } else {
    validateOffset(length, 'length');
  }
  const buffer = Buffer.allocUnsafe(length);
  let pos = 0;
  for (let i = 0; i < list.length; i++) {
    const buf = list[i];
    if (!isUint8Array(buf)) throw new ERR_INVALID_ARG_TYPE(`list[${i}]`, ['Buffer', 'Uint8Array'], list[i]);
    pos += copyActual(buf, buffer, pos, 0, buf.length);
  }
  if (pos < length) TypedArrayFill.call(buffer, 0, pos, length);
  return buffer;
};

function byteLength(string, encoding) {
  if (typeof string !== 'string') {
    if (isArrayBufferView(string) || isAnyArrayBuffer(string)) return string.byteLength;
    throw new ERR_INVALID_ARG_TYPE('string', ['string', 'Buffer', 'ArrayBuffer'], string);
  }
  const len = string.length;
  const mustMatch = arguments.length > 2 && arguments[2] === true;
  if (!mustMatch && len === 0) return 0;
  if (!encoding) return mustMatch ? -1 : byteLengthUtf8(string);
  switch (encodingId(encoding)) {
    case UTF8: return byteLengthUtf8(string);
    case UCS2: return len * 2;
    case LATIN1: case ASCII: return len;
    case BASE64: case BASE64URL: return base64ByteLength(string, len);
    case HEX: return len >>> 1;
    default: return mustMatch ? -1 : byteLengthUtf8(string);
  }
}
Buffer.byteLength = byteLength;

// ---- validation helpers shared by the methods ----
function validateInteger(value, name, min = Number.MIN_SAFE_INTEGER, max = Number.MAX_SAFE_INTEGER) {
  if (typeof value !== 'number') throw new ERR_INVALID_ARG_TYPE(name, 'number', value);
  if (!Number.isInteger(value)) throw new ERR_OUT_OF_RANGE(name, 'an integer', value);
  if (value < min || value > max) throw new ERR_OUT_OF_RANGE(name, `>= ${min} && <= ${max}`, value);
}

function validateOffset(value, name, min = 0, max = kMaxLength) {
  validateInteger(value, name, min, max);
}

function toInteger(n, defaultVal) {
  n = +n;
  if (!Number.isNaN(n) && n >= Number.MIN_SAFE_INTEGER && n <= Number.MAX_SAFE_INTEGER) {
    return ((n % 1) === 0 ? n : Math.floor(n));
  }
  return defaultVal;
}

function compareRanges(a, aStart, aEnd, b, bStart, bEnd) {
  const aLength = aEnd - aStart;
  const bLength = bEnd - bStart;
  const n = Math.min(aLength, bLength);
  if (n <= 64) {
    for (let i = 0; i < n; i++) {
      const x = a[aStart + i];
      const y = b[bStart + i];
      if (x !== y) return x < y ? -1 : 1;
    }
    return aLength === bLength ? 0 : (aLength < bLength ? -1 : 1);
  }
  return binding.compare(a.buffer, a.byteOffset + aStart, aLength, b.buffer, b.byteOffset + bStart, bLength);
}

function copyActual(source, target, targetStart, sourceStart, sourceEnd) {
  if (sourceEnd - sourceStart > target.length - targetStart) sourceEnd = sourceStart + target.length - targetStart;
  let nb = sourceEnd - sourceStart;
  const sourceLen = source.length - sourceStart;
  if (nb > sourceLen) nb = sourceLen;
  if (nb <= 0) return 0;
  if (sourceStart === 0 && nb === source.length) {
    target.set(source, targetStart);
  } else {
    target.set(new Uint8Array(source.buffer, source.byteOffset + sourceStart, nb), targetStart);
  }
  return nb;
}

function _fill(buf, value, offset, end, encoding) {
  let enc;
  if (typeof value === 'string') {
    if (offset === undefined || typeof offset === 'string') {
      encoding = offset;
      offset = 0;
      end = buf.length;
    } else if (typeof end === 'string') {
      encoding = end;
      end = buf.length;
    }
    const normalized = normalizeEncoding(encoding);
    if (normalized === undefined) {
      validateString(encoding, 'encoding');
      throw new ERR_UNKNOWN_ENCODING(encoding);
    }
    enc = encodingIds[normalized];
    if (value.length === 0) {
      value = 0;
    } else if (value.length === 1) {
      const code = value.charCodeAt(0);
      if ((enc === UTF8 && code < 128) || enc === LATIN1) value = code;
    }
  }
  if (offset === undefined) {
    offset = 0;
    end = buf.length;
  } else {
    validateOffset(offset, 'offset');
    if (end === undefined) end = buf.length;
    else validateOffset(end, 'end', 0, buf.length);
    if (offset >= end) return buf;
  }
  if (typeof value === 'number') {
    if (offset > end || end > buf.byteLength) throw new ERR_BUFFER_OUT_OF_BOUNDS();
    TypedArrayFill.call(buf, value, offset, end);
    return buf;
  }
  let pattern;
  if (typeof value === 'string') {
    pattern = fromStringFast(value, enc);
  } else if (isArrayBufferView(value)) {
    pattern = new Uint8Array(value.buffer, value.byteOffset, value.byteLength);
  } else {
    TypedArrayFill.call(buf, (value >>> 0) & 255, offset, end);
    return buf;
  }
  if (pattern.length === 0) throw new ERR_INVALID_ARG_VALUE('value', value);
  const total = end - offset;
  const first = Math.min(pattern.length, total);
  buf.set(first === pattern.length ? pattern : pattern.subarray(0, first), offset);
  let filled = first;
  while (filled < total) {
    const n = Math.min(filled, total - filled);
    buf.copyWithin(offset + filled, offset, offset + n);
    filled += n;
  }
  return buf;
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
function defineWrite(name, encoding) {
  proto[name] = { [name](string, offset = 0, length = this.length - offset) {
    if (typeof string !== 'string') throw codedError('ERR_INVALID_ARG_TYPE', 'argument must be a string');
    if (offset < 0 || offset > this.length) throw new ERR_BUFFER_OUT_OF_BOUNDS('offset');
    return writeEncoded(this, string, offset, Math.min(length, this.length - offset), encoding);
  } }[name];
}
for (const [name, id] of [['ascii', ASCII], ['base64', BASE64], ['base64url', BASE64URL], ['latin1', LATIN1],
  ['hex', HEX], ['ucs2', UCS2], ['utf8', UTF8]]) {
  defineSlice(`${name}Slice`, id);
  defineWrite(`${name}Write`, id);
}

Object.defineProperty(proto, 'parent', {
  enumerable: true, configurable: false,
  get() { return this instanceof Buffer ? this.buffer : undefined; },
});
Object.defineProperty(proto, 'offset', {
  enumerable: true, configurable: false,
  get() { return this instanceof Buffer ? this.byteOffset : undefined; },
});

proto.copy = function copy(target, targetStart, sourceStart, sourceEnd) {
  if (!isUint8Array(target)) throw new ERR_INVALID_ARG_TYPE('target', ['Buffer', 'Uint8Array'], target);
  targetStart = toInteger(targetStart, 0);
  if (targetStart < 0) throw new ERR_OUT_OF_RANGE('targetStart', '>= 0', targetStart);
  sourceStart = toInteger(sourceStart, 0);
  if (sourceStart < 0 || sourceStart > this.length) {
    throw new ERR_OUT_OF_RANGE('sourceStart', `>= 0 && <= ${this.length}`, sourceStart);
  }
  sourceEnd = sourceEnd === undefined ? this.length : toInteger(sourceEnd, 0);
  if (sourceEnd < 0) throw new ERR_OUT_OF_RANGE('sourceEnd', '>= 0', sourceEnd);
  if (targetStart >= target.length || sourceStart >= sourceEnd) return 0;
  return copyActual(this, target, targetStart, sourceStart, sourceEnd);
};

proto.toString = function toString(encoding, start, end) {
  if (arguments.length === 0) return decodeRange(this, 0, this.length, UTF8);
  const len = this.length;
  if (start <= 0) start = 0;
  else if (start >= len) return '';
  else start = Math.trunc(start) || 0;
  if (end === undefined || end > len) end = len;
  else end = Math.trunc(end) || 0;
  if (end <= start) return '';
  if (encoding === undefined) return decodeRange(this, start, end, UTF8);
  const enc = encodingId(encoding);
  if (enc === undefined) throw new ERR_UNKNOWN_ENCODING(encoding);
  return decodeRange(this, start, end, enc);
};

proto.equals = function equals(otherBuffer) {
  if (!isUint8Array(otherBuffer)) throw new ERR_INVALID_ARG_TYPE('otherBuffer', ['Buffer', 'Uint8Array'], otherBuffer);
  if (this === otherBuffer) return true;
  const len = this.byteLength;
  if (len !== otherBuffer.byteLength) return false;
  return len === 0 || compareRanges(this, 0, len, otherBuffer, 0, len) === 0;
};

proto[customInspectSymbol] = function inspect(recurseTimes, ctx) {
  const max = INSPECT_MAX_BYTES;
  const actualMax = Math.min(max, this.length);
  const remaining = this.length - max;
  let str = decodeRange(this, 0, actualMax, HEX).replace(/(.{2})/g, '$1 ').trim();
  if (remaining > 0) str += ` ... ${remaining} more byte${remaining > 1 ? 's' : ''}`;
  if (ctx) {
    let extras = false;
    const obj = { __proto__: null };
    const keys = ctx.showHidden ? Object.getOwnPropertyNames(this) : Object.keys(this);
    for (const key of keys) {
      if (/^(0|[1-9][0-9]*)$/.test(key)) continue;
      extras = true;
      obj[key] = this[key];
    }
    if (extras) {
      const { inspect: inspectValue } = require('internal/util/inspect');
      if (this.length !== 0) str += ', ';
      str += inspectValue(obj, { ...ctx, breakLength: Infinity, compact: true }).slice(27, -2);
    }
  }
  return `<${this.constructor.name} ${str}>`;
};
proto.inspect = proto[customInspectSymbol];

proto.compare = function compare(target, targetStart, targetEnd, sourceStart, sourceEnd) {
  if (!isUint8Array(target)) throw new ERR_INVALID_ARG_TYPE('target', ['Buffer', 'Uint8Array'], target);
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

/** An optional start/end argument of compare(): its default when undefined, else a checked integer. */
function rangeArgument(value, name, fallback, max) {
  if (value === undefined) return fallback;
  validateOffset(value, name, 0, max);
  return value;
}

proto.indexOf = function indexOf(val, byteOffset, encoding) {
  return bidirectionalIndexOf(this, val, byteOffset, encoding, true);
};
proto.lastIndexOf = function lastIndexOf(val, byteOffset, encoding) {
  return bidirectionalIndexOf(this, val, byteOffset, encoding, false);
};
proto.includes = function includes(val, byteOffset, encoding) {
  return this.indexOf(val, byteOffset, encoding) !== -1;
};

proto.fill = function fill(value, offset, end, encoding) {
  return _fill(this, value, offset, end, encoding);
};

proto.write = function write(string, offset, length, encoding) {
  if (offset === undefined) return this.utf8Write(string, 0, this.length);
  if (length === undefined && typeof offset === 'string') {
    encoding = offset;
    length = this.length;
    offset = 0;
  } else {
    validateOffset(offset, 'offset', 0, this.length);
    const remaining = this.length - offset;
    if (length === undefined) {
      length = remaining;
    } else if (typeof length === 'string') {
      encoding = length;
      length = remaining;
    } else {
      validateOffset(length, 'length', 0, this.length);
      if (length > remaining) length = remaining;
    }
  }
  if (!encoding || encoding === 'utf8') return this.utf8Write(string, offset, length);
  const enc = encodingId(encoding);
  if (enc === undefined) throw new ERR_UNKNOWN_ENCODING(encoding);
  if (typeof string !== 'string') throw codedError('ERR_INVALID_ARG_TYPE', 'argument must be a string');
  return writeEncoded(this, string, offset, length, enc);
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
  if (!deprecatedSlowBuffer.warned) {
    deprecatedSlowBuffer.warned = true;
    process.emitWarning('SlowBuffer() is deprecated. Please use Buffer.allocUnsafeSlow()',
      'DeprecationWarning', 'DEP0030');
  }
  validateNumber(size, 'size', 0, kMaxLength);
  return new FastBuffer(size);
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

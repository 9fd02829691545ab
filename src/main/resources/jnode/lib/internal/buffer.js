'use strict';
// Buffer's machinery shared with other modules: the FastBuffer class, encoding names, type checks, and the
// read*/write* methods with Node's range checks and error messages.

const {
  codes: { ERR_BUFFER_OUT_OF_BOUNDS, ERR_INVALID_ARG_TYPE, ERR_OUT_OF_RANGE },
} = require('internal/errors');
const { validateNumber } = require('internal/validators');

/** The class every Buffer really is; Buffer.prototype is its prototype. */
class FastBuffer extends Uint8Array {
  // eslint-disable-next-line no-useless-constructor
  constructor(bufferOrLength, byteOffset, length) {
    super(bufferOrLength, byteOffset, length);
  }
}

// Encoding ids shared with dev.jnode.buffer.Codec.
const encodingIds = { __proto__: null, utf8: 0, utf16le: 1, latin1: 2, ascii: 3, base64: 4, base64url: 5, hex: 6 };
const encodingNames = {
  __proto__: null, 'utf8': 'utf8', 'utf-8': 'utf8', 'ucs2': 'utf16le', 'ucs-2': 'utf16le', 'utf16le': 'utf16le',
  'utf-16le': 'utf16le', 'latin1': 'latin1', 'binary': 'latin1', 'base64': 'base64', 'base64url': 'base64url',
  'hex': 'hex', 'ascii': 'ascii',
};

function lookupEncoding(enc) {
  const name = encodingNames[enc];
  return name !== undefined ? name : encodingNames[`${enc}`.toLowerCase()];
}

/** Node's canonical name of an encoding ('utf8' for null and undefined), or undefined when unknown. */
function normalizeEncoding(enc) {
  if (enc == null || enc === 'utf8' || enc === 'utf-8') return 'utf8';
  return lookupEncoding(enc);
}

/** The Codec id of an encoding named by any value (no default), or undefined when unknown. */
function encodingId(enc) {
  const name = lookupEncoding(enc);
  return name === undefined ? undefined : encodingIds[name];
}

const typedArrayTag = Object.getOwnPropertyDescriptor(Object.getPrototypeOf(Uint8Array.prototype),
  Symbol.toStringTag).get;
const arrayBufferByteLength = Object.getOwnPropertyDescriptor(ArrayBuffer.prototype, 'byteLength').get;
const sharedByteLength = typeof SharedArrayBuffer === 'function' ?
  Object.getOwnPropertyDescriptor(SharedArrayBuffer.prototype, 'byteLength').get : undefined;

function isUint8Array(value) {
  return typedArrayTag.call(value) === 'Uint8Array';
}

function isAnyArrayBuffer(value) {
  if (value === null || typeof value !== 'object') return false;
  try {
    arrayBufferByteLength.call(value);
    return true;
  } catch {
    // not an ArrayBuffer
  }
  if (sharedByteLength === undefined) return false;
  try {
    sharedByteLength.call(value);
    return true;
  } catch {
    return false;
  }
}

const isArrayBufferView = ArrayBuffer.isView;

// ---- range checks with Node's messages ----
/** Throws for a position (offset or byteLength) that is not an integer, or lies outside rangeText. */
function rejectPosition(name, value, rangeText) {
  if (Math.floor(value) !== value) {
    validateNumber(value, name);
    throw new ERR_OUT_OF_RANGE(name, 'an integer', value);
  }
  throw new ERR_OUT_OF_RANGE(name, rangeText, value);
}

/** Checks that `width` bytes starting at offset lie inside buf. */
function ensureFits(buf, offset, width) {
  validateNumber(offset, 'offset');
  if (buf[offset] !== undefined && buf[offset + width - 1] !== undefined) return;
  const lastStart = buf.length - width;
  // A buffer too short for even one value has no valid offset to name.
  if (lastStart < 0 && Math.floor(offset) === offset) throw new ERR_BUFFER_OUT_OF_BOUNDS();
  rejectPosition('offset', offset, `>= 0 and <= ${lastStart}`);
}

/** How Node words the range of an integer of `width` bytes: powers of two from five bytes on. */
function integerRangeText(min, max, width) {
  const n = typeof min === 'bigint' ? 'n' : '';
  if (width <= 4) return `>= ${min}${n} and <= ${max}${n}`;
  const power = (exponent) => `2${n} ** ${exponent}${n}`;
  const bits = width * 8;
  return Number(min) === 0 ? `>= 0${n} and < ${power(bits)}` : `>= -(${power(bits - 1)}) and < ${power(bits - 1)}`;
}

function ensureIntegerInRange(value, min, max, width) {
  if (value < min || value > max) throw new ERR_OUT_OF_RANGE('value', integerRangeText(min, max, width), value);
}

// ---- unsigned and signed integers of 1..6 bytes ----
function readUnsigned(buf, offset, byteLength, littleEndian) {
  ensureFits(buf, offset, byteLength);
  let value = 0;
  if (littleEndian) {
    for (let i = byteLength - 1; i >= 0; i--) value = value * 256 + buf[offset + i];
  } else {
    for (let i = 0; i < byteLength; i++) value = value * 256 + buf[offset + i];
  }
  return value;
}

function readSigned(buf, offset, byteLength, littleEndian) {
  const value = readUnsigned(buf, offset, byteLength, littleEndian);
  const limit = 2 ** (8 * byteLength - 1);
  return value >= limit ? value - 2 * limit : value;
}

function writeInteger(buf, value, offset, byteLength, littleEndian, min, max) {
  value = +value;
  if (byteLength === 1) {
    // One byte: the offset is checked for a number before the value, unlike wider writes.
    validateNumber(offset, 'offset');
    ensureIntegerInRange(value, min, max, 1);
    ensureFits(buf, offset, 1);
    buf[offset] = value;
    return offset + 1;
  }
  ensureIntegerInRange(value, min, max, byteLength);
  ensureFits(buf, offset, byteLength);
  let low = Math.trunc(value);
  for (let i = 0; i < byteLength; i++) {
    const byte = low % 256;
    buf[littleEndian ? offset + i : offset + byteLength - 1 - i] = byte < 0 ? byte + 256 : byte;
    low = Math.floor(low / 256);
  }
  return offset + byteLength;
}

const VARIABLE_WIDTHS = new Set([1, 2, 3, 4, 5, 6]);

function variableLength(byteLength) {
  if (VARIABLE_WIDTHS.has(byteLength)) return byteLength;
  return rejectPosition('byteLength', byteLength, '>= 1 and <= 6');
}

// ---- floats, through a shared scratch view ----
const float32 = new Float32Array(1);
const float64 = new Float64Array(1);
const float32Bytes = new Uint8Array(float32.buffer);
const float64Bytes = new Uint8Array(float64.buffer);
const hostLittleEndian = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

function readFloat(buf, offset, bytes, view, littleEndian) {
  const n = bytes.length;
  ensureFits(buf, offset, n);
  const swap = littleEndian !== hostLittleEndian;
  for (let i = 0; i < n; i++) bytes[swap ? n - 1 - i : i] = buf[offset + i];
  return view[0];
}

function writeFloat(buf, value, offset, bytes, view, littleEndian) {
  value = +value;
  const n = bytes.length;
  ensureFits(buf, offset, n);
  view[0] = value;
  const swap = littleEndian !== hostLittleEndian;
  for (let i = 0; i < n; i++) buf[offset + i] = bytes[swap ? n - 1 - i : i];
  return offset + n;
}

// ---- 64-bit BigInts ----
function readBig(buf, offset, littleEndian, signed) {
  ensureFits(buf, offset, 8);
  let hi = 0;
  let lo = 0;
  for (let i = 0; i < 4; i++) {
    hi = hi * 256 + buf[littleEndian ? offset + 7 - i : offset + i];
    lo = lo * 256 + buf[littleEndian ? offset + 3 - i : offset + 4 + i];
  }
  if (signed && hi >= 2 ** 31) hi -= 2 ** 32;
  return (BigInt(hi) << 32n) + BigInt(lo);
}

function writeBig(buf, value, offset, littleEndian, min, max) {
  ensureIntegerInRange(value, min, max, 8);
  ensureFits(buf, offset, 8);
  let lo = Number(value & 0xffffffffn);
  let hi = Number((value >> 32n) & 0xffffffffn);
  for (let i = 0; i < 4; i++) {
    buf[littleEndian ? offset + i : offset + 7 - i] = lo & 0xff;
    buf[littleEndian ? offset + 4 + i : offset + 3 - i] = hi & 0xff;
    lo >>>= 8;
    hi >>>= 8;
  }
  return offset + 8;
}

// Installs every read and write method of Node 24 (with the UInt/Uint aliases) on Buffer.prototype.
function addReadWriteMethods(proto) {
  const methods = {};
  for (const [size, suffixes] of [[1, ['']], [2, ['LE', 'BE']], [4, ['LE', 'BE']]]) {
    for (const suffix of suffixes) {
      const le = suffix !== 'BE';
      const bits = size * 8;
      methods[`readUInt${bits}${suffix}`] = function(offset = 0) { return readUnsigned(this, offset, size, le); };
      methods[`readInt${bits}${suffix}`] = function(offset = 0) { return readSigned(this, offset, size, le); };
      methods[`writeUInt${bits}${suffix}`] = function(value, offset = 0) {
        return writeInteger(this, value, offset, size, le, 0, 2 ** bits - 1);
      };
      methods[`writeInt${bits}${suffix}`] = function(value, offset = 0) {
        return writeInteger(this, value, offset, size, le, -(2 ** (bits - 1)), 2 ** (bits - 1) - 1);
      };
    }
  }
  for (const suffix of ['LE', 'BE']) {
    const le = suffix === 'LE';
    methods[`readUInt${suffix}`] = function(offset, byteLength) {
      if (offset === undefined) throw new ERR_INVALID_ARG_TYPE('offset', 'number', offset);
      return readUnsigned(this, offset, variableLength(byteLength), le);
    };
    methods[`readInt${suffix}`] = function(offset, byteLength) {
      if (offset === undefined) throw new ERR_INVALID_ARG_TYPE('offset', 'number', offset);
      return readSigned(this, offset, variableLength(byteLength), le);
    };
    methods[`writeUInt${suffix}`] = function(value, offset, byteLength) {
      const n = variableLength(byteLength);
      return writeInteger(this, value, offset, n, le, 0, 2 ** (8 * n) - 1);
    };
    methods[`writeInt${suffix}`] = function(value, offset, byteLength) {
      const n = variableLength(byteLength);
      return writeInteger(this, value, offset, n, le, -(2 ** (8 * n - 1)), 2 ** (8 * n - 1) - 1);
    };
    methods[`readFloat${suffix}`] = function(offset = 0) { return readFloat(this, offset, float32Bytes, float32, le); };
    methods[`readDouble${suffix}`] = function(offset = 0) { return readFloat(this, offset, float64Bytes, float64, le); };
    methods[`writeFloat${suffix}`] = function(value, offset = 0) {
      return writeFloat(this, value, offset, float32Bytes, float32, le);
    };
    methods[`writeDouble${suffix}`] = function(value, offset = 0) {
      return writeFloat(this, value, offset, float64Bytes, float64, le);
    };
    methods[`readBigUInt64${suffix}`] = function(offset = 0) { return readBig(this, offset, le, false); };
    methods[`readBigInt64${suffix}`] = function(offset = 0) { return readBig(this, offset, le, true); };
    methods[`writeBigUInt64${suffix}`] = function(value, offset = 0) {
      return writeBig(this, value, offset, le, 0n, 0xffffffffffffffffn);
    };
    methods[`writeBigInt64${suffix}`] = function(value, offset = 0) {
      return writeBig(this, value, offset, le, -(2n ** 63n), 2n ** 63n - 1n);
    };
  }
  for (const name of Object.keys(methods)) {
    const fn = methods[name];
    Object.defineProperty(fn, 'name', { value: name });
    const desc = { value: fn, writable: true, enumerable: true, configurable: true };
    Object.defineProperty(proto, name, desc);
    if (name.includes('UInt')) {
      Object.defineProperty(proto, name.replace('UInt', 'Uint'), desc);
    }
  }
}

// A Buffer holding a copy of the bytes of a java.nio.ByteBuffer handed over by a binding.
function bufferFromHost(byteBuffer) {
  const bytes = new Uint8Array(new ArrayBuffer(byteBuffer));
  const copy = new FastBuffer(bytes.length);
  copy.set(bytes);
  return copy;
}

// The ArrayBuffers of buffer.js's allocation pool: shared by many Buffers, so never transferable (as in Node).
const poolArrayBuffers = new WeakSet();

module.exports = {
  poolArrayBuffers,
  FastBuffer,
  bufferFromHost,
  encodingIds,
  encodingId,
  normalizeEncoding,
  isUint8Array,
  isAnyArrayBuffer,
  isArrayBufferView,
  addReadWriteMethods,
};

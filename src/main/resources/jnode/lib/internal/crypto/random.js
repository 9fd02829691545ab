'use strict';
// Random bytes, integers and UUIDs from internalBinding('crypto') (the JDK's SecureRandom).

const binding = internalBinding('crypto');
const { Buffer } = require('buffer');
const { bindToCurrentFrame } = require('internal/async_context_frame');
const { isArrayBufferView, isAnyArrayBuffer } = require('internal/util/types');
const { validateBoolean, validateFunction, validateNumber, validateObject } = require('internal/validators');
const { codes: { ERR_INVALID_ARG_TYPE, ERR_OUT_OF_RANGE } } = require('internal/errors');

const kMaxLength = 2 ** 31 - 1;
// The widest range randomInt() accepts: 48 bits, as Node's.
const kMaxRange = 2 ** 48 - 1;

function fillRandom(bytes) {
  if (bytes.byteLength > 0) bytes.set(Buffer.from(binding.randomBytes(bytes.byteLength), 'latin1'));
}

// Fills bytes on the work pool, then calls done() on the loop thread.
function fillRandomLater(bytes, done) {
  binding.randomBytesAsync(bytes.byteLength, bindToCurrentFrame((random) => {
    bytes.set(Buffer.from(random, 'latin1'));
    done();
  }));
}

function randomBytes(size, callback) {
  validateNumber(size, 'size', 0, kMaxLength);
  if (callback === undefined) return Buffer.from(binding.randomBytes(size), 'latin1');
  validateFunction(callback, 'callback');
  const bytes = Buffer.allocUnsafe(size);
  fillRandomLater(bytes, () => callback(null, bytes));
}

// The bytes of buf from offset for size, both counted in buf's elements, checked as Node checks them.
function byteRange(buf, offset, size) {
  if (!isAnyArrayBuffer(buf) && !isArrayBufferView(buf)) {
    throw new ERR_INVALID_ARG_TYPE('buf', ['ArrayBuffer', 'ArrayBufferView'], buf);
  }
  const view = isAnyArrayBuffer(buf) ? new Uint8Array(buf) : new Uint8Array(buf.buffer, buf.byteOffset, buf.byteLength);
  const elementSize = buf.BYTES_PER_ELEMENT || 1;
  validateNumber(offset, 'offset');
  const start = offset * elementSize;
  if (!(start >= 0 && start <= view.byteLength)) {
    throw new ERR_OUT_OF_RANGE('offset', `>= 0 && <= ${view.byteLength}`, start);
  }
  let length = view.byteLength - start;
  if (size !== undefined) {
    validateNumber(size, 'size');
    length = size * elementSize;
    if (!(length >= 0 && length <= kMaxLength)) throw new ERR_OUT_OF_RANGE('size', `>= 0 && <= ${kMaxLength}`, length);
    if (length + start > view.byteLength) {
      throw new ERR_OUT_OF_RANGE('size + offset', `<= ${view.byteLength}`, length + start);
    }
  }
  return view.subarray(start, start + length);
}

function randomFillSync(buf, offset = 0, size = undefined) {
  fillRandom(byteRange(buf, offset, size));
  return buf;
}

function randomFill(buf, offset, size, callback) {
  if (typeof offset === 'function') {
    callback = offset;
    offset = 0;
    size = undefined;
  } else if (typeof size === 'function') {
    callback = size;
    size = undefined;
  }
  if (!isAnyArrayBuffer(buf) && !isArrayBufferView(buf)) {
    throw new ERR_INVALID_ARG_TYPE('buf', ['ArrayBuffer', 'ArrayBufferView'], buf);
  }
  validateFunction(callback, 'callback');
  fillRandomLater(byteRange(buf, offset, size), () => callback(null, buf));
}

function randomInt(min, max, callback) {
  if (max === undefined || typeof max === 'function') {
    callback = max;
    max = min;
    min = 0;
  }
  if (callback !== undefined) validateFunction(callback, 'callback');
  if (!Number.isSafeInteger(min)) throw new ERR_INVALID_ARG_TYPE('min', 'a safe integer', min);
  if (!Number.isSafeInteger(max)) throw new ERR_INVALID_ARG_TYPE('max', 'a safe integer', max);
  if (max <= min) throw new ERR_OUT_OF_RANGE('max', `greater than the value of "min" (${min})`, max);
  if (max - min > kMaxRange) throw new ERR_OUT_OF_RANGE('max - min', `<= ${kMaxRange}`, max - min);
  const value = binding.randomInt(min, max);
  if (callback === undefined) return value;
  // Node answers from a cache of random bytes, on the next tick and with no error argument.
  process.nextTick(callback, undefined, value);
}

const hexBytes = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0'));

// As Node, randomUUID() takes its bytes from a batch fetched for 128 UUIDs, unless told not to.
const kUUIDBatchBytes = 16 * 128;
let uuidEntropy = null;
let uuidEntropyOffset = kUUIDBatchBytes;

function randomUUID(options) {
  if (options !== undefined) validateObject(options, 'options');
  const disableEntropyCache = options?.disableEntropyCache ?? false;
  validateBoolean(disableEntropyCache, 'options.disableEntropyCache');
  if (disableEntropyCache) return formatUUID(randomBytes(16), 0x40);
  if (uuidEntropyOffset === kUUIDBatchBytes) {
    uuidEntropy = randomBytes(kUUIDBatchBytes);
    uuidEntropyOffset = 0;
  }
  uuidEntropyOffset += 16;
  return formatUUID(uuidEntropy.subarray(uuidEntropyOffset - 16, uuidEntropyOffset), 0x40);
}

// The UUID of 16 bytes, with the version nibble and RFC 9562's variant bits set.
function formatUUID(bytes, versionBits) {
  bytes[6] = (bytes[6] & 0x0f) | versionBits;
  bytes[8] = (bytes[8] & 0x3f) | 0x80;
  let uuid = '';
  for (let i = 0; i < 16; i++) {
    if (i === 4 || i === 6 || i === 8 || i === 10) uuid += '-';
    uuid += hexBytes[bytes[i]];
  }
  return uuid;
}

// RFC 9562 version 7: 48 bits of Unix milliseconds, then random bits.
function randomUUIDv7() {
  const bytes = new Uint8Array(16);
  fillRandom(bytes);
  let millis = Date.now();
  for (let i = 5; i >= 0; i--) {
    bytes[i] = millis % 256;
    millis = Math.floor(millis / 256);
  }
  return formatUUID(bytes, 0x70);
}

module.exports = { randomBytes, randomFill, randomFillSync, randomInt, randomUUID, randomUUIDv7, fillRandom };

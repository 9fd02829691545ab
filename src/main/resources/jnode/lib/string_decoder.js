'use strict';
// node:string_decoder: turns a sequence of byte chunks into strings without splitting a character. Bytes
// that may still be the start of a character wait in `lastChar` for the next write; the decoding itself is
// Buffer#toString, so replacement characters come out exactly as they do for a whole Buffer.

const { Buffer } = require('buffer');
const { normalizeEncoding } = require('internal/buffer');
const { codes: { ERR_INVALID_ARG_TYPE, ERR_INVALID_THIS, ERR_UNKNOWN_ENCODING } } = require('internal/errors');

// The decoder's whole state lives in one 7-byte Buffer, as in Node (util.inspect shows it): the bytes of
// an unfinished character, how many more it needs, its full size, and the encoding's number.
const kNativeDecoder = Symbol('kNativeDecoder');
const kNeedIndex = 4;
const kTotalIndex = 5;
const kEncodingIndex = 6;
const encodingNumbers = { ascii: 0, utf8: 1, base64: 2, utf16le: 3, latin1: 4, hex: 5, base64url: 7 };
const encodingNames = Object.fromEntries(Object.entries(encodingNumbers).map(([name, n]) => [n, name]));

// Where the complete part of a chunk ends, and the size of the unit started after it (0: none):
// [completeLength, unitSize].
function splitUtf8(bytes) {
  const end = bytes.length;
  // A character is at most 4 bytes: its lead byte is within the last 4 (continuation bytes are 10xxxxxx).
  for (let i = end - 1; i >= 0 && i >= end - 4; i--) {
    const byte = bytes[i];
    if (isContinuation(byte)) continue;
    const size = byte >= 0xf0 && byte <= 0xf7 ? 4 : byte >= 0xe0 && byte <= 0xef ? 3 :
      byte >= 0xc0 && byte <= 0xdf ? 2 : 1;
    return end - i < size ? [i, size] : [end, 0];
  }
  return [end, 0];
}

function isContinuation(byte) {
  return (byte & 0xc0) === 0x80;
}

function splitUtf16(bytes) {
  const end = bytes.length;
  if (end % 2 === 1) return [end - 1, 2];
  // A high surrogate at the very end waits for its low half.
  if (end >= 2 && bytes[end - 1] >= 0xd8 && bytes[end - 1] <= 0xdb) return [end - 2, 4];
  return [end, 0];
}

function splitBase64(bytes) {
  const rest = bytes.length % 3;
  return rest === 0 ? [bytes.length, 0] : [bytes.length - rest, 3];
}

const splitters = { utf8: splitUtf8, utf16le: splitUtf16, base64: splitBase64, base64url: splitBase64 };

function asBytes(buf) {
  if (typeof buf === 'string') return buf;
  if (ArrayBuffer.isView(buf)) {
    return Buffer.isBuffer(buf) ? buf : Buffer.from(buf.buffer, buf.byteOffset, buf.byteLength);
  }
  throw new ERR_INVALID_ARG_TYPE('buf', ['Buffer', 'TypedArray', 'DataView'], buf);
}

function stateOf(decoder) {
  const state = decoder == null ? undefined : decoder[kNativeDecoder];
  if (state === undefined) throw new ERR_INVALID_THIS('StringDecoder');
  return state;
}

/** Adds bytes of `bytes` to the held unit; returns how many it took (UTF-8 stops at a byte that cannot continue). */
function fillHeld(state, encoding, bytes) {
  let taken = 0;
  while (state[kNeedIndex] > 0 && taken < bytes.length) {
    const byte = bytes[taken];
    if (encoding === 'utf8' && !isContinuation(byte)) {
      // The character was cut short: what was held decodes as it is (U+FFFD), the byte starts afresh.
      state[kTotalIndex] -= state[kNeedIndex];
      state[kNeedIndex] = 0;
      break;
    }
    state[state[kTotalIndex] - state[kNeedIndex]] = byte;
    state[kNeedIndex]--;
    taken++;
  }
  return taken;
}

function takeHeld(state, encoding) {
  const held = state.subarray(0, state[kTotalIndex] - state[kNeedIndex]);
  state[kNeedIndex] = 0;
  state[kTotalIndex] = 0;
  // A lone odd byte of UTF-16 is dropped.
  const usable = encoding === 'utf16le' ? held.subarray(0, held.length - (held.length % 2)) : held;
  return usable.toString(encoding);
}

// A plain function, as in Node: `StringDecoder.call(object)` makes a decoder of any object.
function StringDecoder(encoding) {
  const normalized = encoding === '' ? 'utf8' : normalizeEncoding(encoding);
  if (normalized === undefined) throw new ERR_UNKNOWN_ENCODING(encoding);
  this.encoding = normalized;
  const state = Buffer.alloc(7);
  state[kEncodingIndex] = encodingNumbers[normalized];
  this[kNativeDecoder] = state;
}

const decoderMethods = {
  write(buf) {
    const state = stateOf(this);
    const bytes = asBytes(buf);
    if (typeof bytes === 'string') return bytes;
    const encoding = encodingNames[state[kEncodingIndex]];
    const split = splitters[encoding];
    if (split === undefined) return bytes.toString(encoding);
    let text = '';
    let rest = bytes;
    if (state[kNeedIndex] > 0) {
      rest = bytes.subarray(fillHeld(state, encoding, bytes));
      if (state[kNeedIndex] > 0) return '';
      text = takeHeld(state, encoding);
    }
    const [complete, unitSize] = split(rest);
    if (unitSize > 0) {
      rest.copy(state, 0, complete);
      state[kTotalIndex] = unitSize;
      state[kNeedIndex] = unitSize - (rest.length - complete);
    }
    return complete === 0 ? text : text + rest.toString(encoding, 0, complete);
  },

  end(buf) {
    const state = stateOf(this);
    const text = buf === undefined ? '' : this.write(buf);
    return state[kNeedIndex] > 0 ? text + takeHeld(state, this.encoding) : text;
  },

  /** Decodes `buf` from `offset` on, forgetting any unfinished character of earlier writes. */
  text(buf, offset) {
    const state = stateOf(this);
    state[kNeedIndex] = 0;
    state[kTotalIndex] = 0;
    return this.write(asBytes(buf).subarray(offset));
  },

  get lastChar() {
    return stateOf(this).subarray(0, 4);
  },

  get lastNeed() {
    return stateOf(this)[kNeedIndex];
  },

  get lastTotal() {
    return stateOf(this)[kTotalIndex];
  },
};
Object.defineProperties(StringDecoder.prototype, Object.getOwnPropertyDescriptors(decoderMethods));

module.exports = { StringDecoder };

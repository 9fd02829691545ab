'use strict';
// Pieces every node:crypto module shares: turning buffer sources into byte views for the binding, and the
// errors the binding raises (OpenSSL's carry `library`, `reason` and `opensslErrorStack`, as Node's do).

const binding = internalBinding('crypto');
const { Buffer } = require('buffer');
const { isArrayBufferView, isAnyArrayBuffer } = require('internal/util/types');
const { codedError, codes: { ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE } } = require('internal/errors');

function cryptoError(code, message, errorStack = true) {
  if (code === null || code === undefined) return new Error(message);
  if (!code.startsWith('ERR_OSSL_')) return codedError(code, message);
  const err = new Error(message);
  const [, , library, , reason] = message.split(':');
  if (errorStack) err.opensslErrorStack = [message];
  err.library = library;
  err.reason = reason;
  err.code = code;
  return err;
}
binding.setErrorFactory(cryptoError);

const bufferSourceTypes = ['string', 'ArrayBuffer', 'Buffer', 'TypedArray', 'DataView'];

// A Uint8Array over the bytes of a string (in `encoding`), ArrayBuffer or view; `types` names what the error lists.
function toBytes(value, name, encoding = 'utf8', types = bufferSourceTypes) {
  if (typeof value === 'string') {
    if (encoding === 'hex' && value.length % 2 !== 0) {
      throw new ERR_INVALID_ARG_VALUE('encoding', encoding, `is invalid for data of length ${value.length}`);
    }
    return Buffer.from(value, encoding);
  }
  if (isArrayBufferView(value)) return new Uint8Array(value.buffer, value.byteOffset, value.byteLength);
  if (isAnyArrayBuffer(value)) return new Uint8Array(value);
  throw new ERR_INVALID_ARG_TYPE(name, types, value);
}

// Whether a value could be a KeyObject: a plain object that is no buffer source. Callers then ask
// internal/crypto/keys, which need not load for anyone who never made a key.
function isKeyObjectLike(value) {
  return value !== null && typeof value === 'object' && !isArrayBufferView(value) && !isAnyArrayBuffer(value) &&
    require('internal/crypto/keys').isKeyObject(value);
}

// The binding's latin1 output as a Buffer.
function fromLatin1(latin1) {
  return Buffer.from(latin1, 'latin1');
}

// Where Node's encoding arguments default to 'buffer': a Buffer, else the string in that encoding.
function encodeOutput(buffer, encoding) {
  return encoding === undefined || encoding === null || encoding === 'buffer' ? buffer : buffer.toString(encoding);
}

module.exports = { binding, cryptoError, toBytes, fromLatin1, encodeOutput, bufferSourceTypes, isKeyObjectLike };

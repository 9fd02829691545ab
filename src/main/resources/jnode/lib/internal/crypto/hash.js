'use strict';
// Hash and Hmac: digests computed by internalBinding('crypto') (the JDK's MessageDigest and Mac).

const binding = internalBinding('crypto');
const { Buffer } = require('buffer');
const { isArrayBufferView, isAnyArrayBuffer } = require('internal/util/types');
const LazyTransform = require('internal/streams/lazy_transform');
const { validateString } = require('internal/validators');
const {
  codes: { ERR_CRYPTO_HASH_FINALIZED, ERR_CRYPTO_INVALID_DIGEST, ERR_INVALID_ARG_TYPE, ERR_JNODE_UNSUPPORTED },
} = require('internal/errors');

const kState = Symbol('kState');

// Bytes of a string (in a known encoding, else UTF-8 as Node does) or an ArrayBufferView, for the binding.
function toBytes(data, encoding, name) {
  if (typeof data === 'string') {
    return Buffer.from(data, Buffer.isEncoding(encoding) ? encoding : 'utf8');
  }
  if (isArrayBufferView(data)) return data;
  throw new ERR_INVALID_ARG_TYPE(name, ['string', 'Buffer', 'TypedArray', 'DataView'], data);
}

function bufferFrom(directBuffer) {
  return Buffer.from(new Uint8Array(new ArrayBuffer(directBuffer)));
}

function encodeDigest(bytes, encoding) {
  return encoding !== undefined && encoding !== 'buffer' && Buffer.isEncoding(encoding) ?
    bytes.toString(encoding) : bytes;
}

function createDigest(algorithm, create, unknown) {
  const digest = create(algorithm);
  if (digest !== null) return digest;
  if (binding.isMissingDigest(algorithm)) throw new ERR_JNODE_UNSUPPORTED(`The ${algorithm} digest`);
  throw unknown();
}

function update(self, data, encoding) {
  const state = self[kState];
  if (state.finalized) throw new ERR_CRYPTO_HASH_FINALIZED();
  const bytes = toBytes(data, encoding, 'data');
  binding.update(state.digest, bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return self;
}

const streamMethods = {
  _transform(chunk, encoding, callback) {
    this.update(chunk, encoding);
    callback();
  },
  _flush(callback) {
    this.push(this.digest());
    callback();
  },
};

function Hash(algorithm, options) {
  if (!(this instanceof Hash)) return new Hash(algorithm, options);
  // copy() passes the state to clone instead of a name.
  const digest = algorithm instanceof CopiedDigest ? algorithm.digest : (() => {
    validateString(algorithm, 'algorithm');
    return createDigest(algorithm, (name) => binding.newHash(name), () => new Error('Digest method not supported'));
  })();
  this[kState] = { digest, finalized: false };
  LazyTransform.call(this, options);
}
Object.setPrototypeOf(Hash.prototype, LazyTransform.prototype);
Object.setPrototypeOf(Hash, LazyTransform);
Object.assign(Hash.prototype, streamMethods);

function CopiedDigest(digest) {
  this.digest = digest;
}

Hash.prototype.update = function update_(data, encoding) {
  return update(this, data, encoding);
};

Hash.prototype.copy = function copy(options) {
  const state = this[kState];
  if (state.finalized) throw new ERR_CRYPTO_HASH_FINALIZED();
  return new Hash(new CopiedDigest(binding.copy(state.digest)), options);
};

Hash.prototype.digest = function digest(encoding) {
  const state = this[kState];
  if (state.finalized) throw new ERR_CRYPTO_HASH_FINALIZED();
  state.finalized = true;
  return encodeDigest(bufferFrom(binding.finish(state.digest)), encoding);
};

function keyBytes(key) {
  if (typeof key === 'string') return Buffer.from(key, 'utf8');
  if (isArrayBufferView(key)) return key;
  if (isAnyArrayBuffer(key)) return new Uint8Array(key);
  throw new ERR_INVALID_ARG_TYPE('key',
    ['string', 'ArrayBuffer', 'Buffer', 'TypedArray', 'DataView', 'KeyObject', 'CryptoKey'], key);
}

function Hmac(algorithm, key, options) {
  if (!(this instanceof Hmac)) return new Hmac(algorithm, key, options);
  validateString(algorithm, 'hmac');
  const bytes = keyBytes(key);
  const digest = createDigest(algorithm,
    (name) => binding.newHmac(name, bytes.buffer, bytes.byteOffset, bytes.byteLength),
    () => new ERR_CRYPTO_INVALID_DIGEST(algorithm));
  this[kState] = { digest, finalized: false };
  LazyTransform.call(this, options);
}
Object.setPrototypeOf(Hmac.prototype, LazyTransform.prototype);
Object.setPrototypeOf(Hmac, LazyTransform);
Object.assign(Hmac.prototype, streamMethods);

Hmac.prototype.update = Hash.prototype.update;

// Unlike a Hash, a finished Hmac digests again to nothing (Node's behaviour).
Hmac.prototype.digest = function digest(encoding) {
  const state = this[kState];
  if (state.finalized) return encodeDigest(Buffer.alloc(0), encoding);
  state.finalized = true;
  return encodeDigest(bufferFrom(binding.finish(state.digest)), encoding);
};

// crypto.hash(): the one-shot form.
function hash(algorithm, input, outputEncoding = 'hex') {
  validateString(algorithm, 'algorithm');
  if (typeof input !== 'string' && !isArrayBufferView(input)) {
    throw new ERR_INVALID_ARG_TYPE('input', ['string', 'Buffer', 'TypedArray', 'DataView'], input);
  }
  const digest = createDigest(algorithm, (name) => binding.newHash(name),
    () => new Error(`Digest method ${algorithm} is not supported`));
  const bytes = toBytes(input, 'utf8', 'input');
  binding.update(digest, bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return encodeDigest(bufferFrom(binding.finish(digest)), outputEncoding);
}

function getHashes() {
  return Array.from(binding.hashNames());
}

module.exports = { Hash, Hmac, hash, getHashes };

'use strict';
// Hash and Hmac: digests computed by internalBinding('crypto') (the JDK's MessageDigest and Mac).

const binding = internalBinding('crypto');
const { Buffer } = require('buffer');
const { encodingId, encodingIds } = require('internal/buffer');
const { isArrayBufferView, isAnyArrayBuffer } = require('internal/util/types');
const LazyTransform = require('internal/streams/lazy_transform');
const { validateString, validateUint32 } = require('internal/validators');
const {
  codedError,
  codes: {
    ERR_CRYPTO_HASH_FINALIZED, ERR_CRYPTO_INVALID_DIGEST, ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE,
    ERR_JNODE_UNSUPPORTED,
  },
} = require('internal/errors');

// The Java digest, and whether digest() was called: the two symbols Node's Hash and Hmac show in inspect.
const kHandle = Symbol('kHandle');
const kState = Symbol('kState');
const kFinalized = Symbol('kFinalized');

// Feeds a string (in a known encoding, else UTF-8 as Node does) or an ArrayBufferView to a Java digest.
function feed(digest, data, encoding, name) {
  if (typeof data === 'string') {
    binding.updateString(digest, data, encodingId(encoding) ?? encodingIds.utf8);
  } else if (isArrayBufferView(data)) {
    binding.update(digest, data.buffer, data.byteOffset, data.byteLength);
  } else {
    throw new ERR_INVALID_ARG_TYPE(name, ['string', 'Buffer', 'TypedArray', 'DataView'], data);
  }
}

// A string in a known encoding other than 'buffer', else a Buffer (Node ignores unknown encodings here).
function stringEncodingId(encoding) {
  return encoding === undefined || encoding === 'buffer' ? undefined : encodingId(encoding);
}

function finishDigest(digest, encoding) {
  const id = stringEncodingId(encoding);
  return id === undefined ? Buffer.from(binding.finish(digest, encodingIds.latin1), 'latin1') :
    binding.finish(digest, id);
}

function emptyDigest(encoding) {
  return stringEncodingId(encoding) === undefined ? Buffer.alloc(0) : '';
}

function createDigest(algorithm, create, unknown) {
  const digest = create(algorithm);
  if (digest !== null) return digest;
  if (binding.isMissingDigest(algorithm)) throw new ERR_JNODE_UNSUPPORTED(`The ${algorithm} digest`);
  throw unknown();
}

function updateDigest(self, data, encoding) {
  if (self[kState][kFinalized]) throw new ERR_CRYPTO_HASH_FINALIZED();
  feed(self[kHandle], data, encoding, 'data');
  return self;
}

// The digest, once: the state is marked finished.
function finish(self, encoding) {
  self[kState][kFinalized] = true;
  return finishDigest(self[kHandle], encoding);
}

function initialize(self, digest, options) {
  self[kHandle] = digest;
  self[kState] = { [kFinalized]: false };
  LazyTransform.call(self, options);
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
  const digest = algorithm instanceof CopiedDigest ? algorithm.digest : newHash(algorithm);
  if (options?.outputLength === undefined && typeof algorithm === 'string' && /^shake(128|256)$/i.test(algorithm)) {
    warnDefaultShakeLength();
  }
  checkOutputLength(digest, options);
  initialize(this, digest, options);
}
Object.setPrototypeOf(Hash.prototype, LazyTransform.prototype);
Object.setPrototypeOf(Hash, LazyTransform);
Object.assign(Hash.prototype, streamMethods);

let defaultShakeLengthWarned = false;

// Relying on SHAKE's default output length is a pending deprecation in Node 24: warned of under
// --pending-deprecation only.
function warnDefaultShakeLength() {
  if (defaultShakeLengthWarned || !require('internal/options').pendingDeprecation()) return;
  defaultShakeLengthWarned = true;
  process.emitWarning('Creating SHAKE128/256 digests without an explicit options.outputLength is deprecated.',
    'DeprecationWarning', 'DEP0198');
}

function newHash(algorithm) {
  validateString(algorithm, 'algorithm');
  return createDigest(algorithm, (name) => binding.newHash(name), () => new Error('Digest method not supported'));
}

// An XOF (SHAKE) takes any output length; other digests only their own.
function checkOutputLength(digest, options) {
  const outputLength = options?.outputLength;
  if (outputLength === undefined) return;
  validateUint32(outputLength, 'options.outputLength');
  if (!binding.setOutputLength(digest, outputLength) && outputLength !== binding.digestLength(digest)) {
    throw codedError('ERR_OSSL_EVP_NOT_XOF_OR_INVALID_LENGTH',
      'error:030000B2:digital envelope routines::not XOF or invalid length');
  }
}

function CopiedDigest(digest) {
  this.digest = digest;
}

Hash.prototype.update = function update(data, encoding) {
  return updateDigest(this, data, encoding);
};

Hash.prototype.copy = function copy(options) {
  if (this[kState][kFinalized]) throw new ERR_CRYPTO_HASH_FINALIZED();
  return new Hash(new CopiedDigest(binding.copy(this[kHandle])), options);
};

Hash.prototype.digest = function digest(encoding) {
  if (this[kState][kFinalized]) throw new ERR_CRYPTO_HASH_FINALIZED();
  return finish(this, encoding);
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
  initialize(this, digest, options);
}
Object.setPrototypeOf(Hmac.prototype, LazyTransform.prototype);
Object.setPrototypeOf(Hmac, LazyTransform);
Object.assign(Hmac.prototype, streamMethods);

Hmac.prototype.update = Hash.prototype.update;

// Unlike a Hash, a finished Hmac digests again to nothing (Node's behaviour).
Hmac.prototype.digest = function digest(encoding) {
  if (this[kState][kFinalized]) return emptyDigest(encoding);
  return finish(this, encoding);
};

// crypto.hash(): the one-shot form.
// The third argument: an output encoding, or { outputEncoding, outputLength }.
function hashOptions(options) {
  if (options === undefined || typeof options === 'string') return { outputEncoding: options ?? 'hex' };
  if (typeof options !== 'object' || options === null) {
    throw new ERR_INVALID_ARG_TYPE('options', 'object', options);
  }
  const { outputEncoding = 'hex', outputLength } = options;
  if (outputLength !== undefined) validateUint32(outputLength, 'outputLength');
  return { outputEncoding, outputLength };
}

function hash(algorithm, input, options) {
  validateString(algorithm, 'algorithm');
  if (typeof input !== 'string' && !isArrayBufferView(input)) {
    throw new ERR_INVALID_ARG_TYPE('input', ['string', 'Buffer', 'TypedArray', 'DataView'], input);
  }
  const { outputEncoding, outputLength } = hashOptions(options);
  if (outputEncoding !== 'buffer' && !Buffer.isEncoding(outputEncoding)) {
    throw new ERR_INVALID_ARG_VALUE('outputEncoding', outputEncoding);
  }
  const digest = createDigest(algorithm, (name) => binding.newHash(name),
    () => new Error(`Digest method ${algorithm} is not supported`));
  if (outputLength === undefined && /^shake(128|256)$/i.test(algorithm)) warnDefaultShakeLength();
  if (outputLength !== undefined && !binding.setOutputLength(digest, outputLength) &&
      outputLength !== binding.digestLength(digest)) {
    throw new Error(`Output length ${outputLength} is invalid for ${algorithm}, which does not support XOF`);
  }
  feed(digest, input, 'utf8', 'input');
  return finishDigest(digest, outputEncoding);
}

function getHashes() {
  return Array.from(binding.hashNames());
}

module.exports = { Hash, Hmac, hash, getHashes };

'use strict';
// Cipheriv and Decipheriv: Transform streams over a Java cipher (internalBinding('crypto'): the JDK's JCA, and
// BouncyCastle for CCM and OCB). Arguments are checked here against the cipher's table entry, as Node does.

const { binding, toBytes, fromLatin1, bufferSourceTypes, isKeyObjectLike } = require('internal/crypto/util');
const { StringDecoder } = require('string_decoder');
const { Buffer } = require('buffer');
const { normalizeEncoding, encodingId, encodingIds } = require('internal/buffer');
const { isArrayBufferView } = require('internal/util/types');
const LazyTransform = require('internal/streams/lazy_transform');
const { validateString, validateObject, validateInt32 } = require('internal/validators');
const {
  codedError,
  codes: {
    ERR_CRYPTO_INVALID_KEYLEN, ERR_CRYPTO_INVALID_IV, ERR_CRYPTO_UNKNOWN_CIPHER, ERR_CRYPTO_INVALID_AUTH_TAG,
    ERR_CRYPTO_INVALID_STATE, ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE,
  },
} = require('internal/errors');

const kHandle = Symbol('kHandle');
const kState = Symbol('kState');

// The cipher's table entry: { name, nid, mode, blockSize, ivLength, keyLength, aead }.
function lookup(name, nid = 0) {
  const spec = binding.cipherSpec(name, nid);
  if (spec === null) return undefined;
  const [canonical, id, mode, blockSize, ivLength, keyLength, aead] = spec;
  return { name: canonical, nid: id, mode, blockSize, ivLength, keyLength, aead };
}

function cipherKeyBytes(key) {
  if (isKeyObjectLike(key)) return require('internal/crypto/keys').secretKeyBytes(key);
  return toBytes(key, 'key', 'utf8', [...bufferSourceTypes, 'KeyObject', 'CryptoKey']);
}

function authTagLengthOf(spec, options, cipherName) {
  let length = options?.authTagLength;
  if (length !== undefined && (typeof length !== 'number' || !Number.isInteger(length) || length < 0)) {
    throw new ERR_INVALID_ARG_VALUE('options.authTagLength', length);
  }
  if (!spec.aead) return -1;
  if (length === undefined) {
    if (spec.mode === 'ccm' || spec.mode === 'ocb') {
      throw new ERR_CRYPTO_INVALID_AUTH_TAG(`authTagLength required for ${cipherName}`);
    }
    return -1;
  }
  if (!binding.acceptsTagLength(spec.name, length)) {
    throw new ERR_CRYPTO_INVALID_AUTH_TAG(`Invalid authentication tag length: ${length}`);
  }
  return length;
}

function initialize(self, cipherName, key, iv, options, encrypt) {
  validateString(cipherName, 'cipher');
  const keyBytes = cipherKeyBytes(key);
  const ivBytes = iv === null ? null : toBytes(iv, 'iv');
  if (options !== undefined) validateObject(options, 'options');
  const spec = lookup(cipherName);
  if (spec === undefined) throw new ERR_CRYPTO_UNKNOWN_CIPHER();
  const authTagLength = authTagLengthOf(spec, options, cipherName);
  if (keyBytes.byteLength !== spec.keyLength) throw new ERR_CRYPTO_INVALID_KEYLEN();
  const ivLength = ivBytes === null ? 0 : ivBytes.byteLength;
  if (spec.ivLength === 0 ? ivLength !== 0 : (ivBytes === null || !binding.acceptsIvLength(spec.name, ivLength))) {
    throw new ERR_CRYPTO_INVALID_IV();
  }
  self[kHandle] = binding.newCipher(spec.name, keyBytes.buffer, keyBytes.byteOffset, keyBytes.byteLength,
    ivBytes === null ? null : ivBytes.buffer, ivBytes?.byteOffset ?? 0, ivLength, encrypt,
    authTagLength === -1 ? 16 : authTagLength);
  // Not enumerable: Node's inspect shows only the handle and the stream fields.
  Object.defineProperty(self, kState, {
    value: { spec, encrypt, finalized: false, authTagLength, authTagSet: false },
    writable: true,
  });
  self._decoder = null;
  LazyTransform.call(self, options);
}

// Node keeps one StringDecoder per output encoding so that multi-byte characters may span calls.
function decoderFor(self, encoding) {
  const normalized = normalizeEncoding(encoding) ?? encoding;
  if (self._decoder === null) {
    self._decoder = new StringDecoder(encoding);
    self._decoder.encoding = normalized;
  } else if (self._decoder.encoding !== normalized) {
    throw new ERR_INVALID_ARG_VALUE('outputEncoding', encoding,
      `cannot be changed from '${self._decoder.encoding}'`);
  }
  return self._decoder;
}

function output(self, latin1, encoding, last) {
  const bytes = fromLatin1(latin1);
  if (encoding === undefined || encoding === 'buffer' || encoding === null) return bytes;
  const decoder = decoderFor(self, encoding);
  return last ? decoder.end(bytes) : decoder.write(bytes);
}

function update(data, inputEncoding, outputEncoding) {
  const state = this[kState];
  if (typeof data === 'string') {
    const encoding = normalizeEncoding(inputEncoding) ?? 'utf8';
    if (encoding === 'hex' && data.length % 2 !== 0) {
      throw new ERR_INVALID_ARG_VALUE('encoding', inputEncoding, `is invalid for data of length ${data.length}`);
    }
  } else if (!isArrayBufferView(data)) {
    throw new ERR_INVALID_ARG_TYPE('data', ['string', 'Buffer', 'TypedArray', 'DataView'], data);
  }
  if (state.finalized) throw new Error('Trying to add data in unsupported state');
  const latin1 = typeof data === 'string' ?
    binding.cipherUpdateString(this[kHandle], data, encodingIdOf(inputEncoding)) :
    binding.cipherUpdate(this[kHandle], data.buffer, data.byteOffset, data.byteLength);
  return output(this, latin1, outputEncoding, false);
}

function encodingIdOf(encoding) {
  return encodingId(encoding) ?? encodingIds.utf8;
}

function final(outputEncoding) {
  const state = this[kState];
  if (state.finalized) throw codedError('ERR_CRYPTO_INVALID_STATE', 'Invalid state');
  state.finalized = true;
  return output(this, binding.cipherFinish(this[kHandle]), outputEncoding, true);
}

function setAutoPadding(autoPadding = true) {
  const state = this[kState];
  if (state.finalized || !binding.cipherSetAutoPadding(this[kHandle], !!autoPadding)) {
    throw new ERR_CRYPTO_INVALID_STATE('setAutoPadding');
  }
  return this;
}

function setAAD(aadbuf, options) {
  const state = this[kState];
  const aad = toBytes(aadbuf, 'buffer', 'utf8', ['string', 'ArrayBuffer', 'Buffer', 'TypedArray', 'DataView']);
  if (options !== undefined) validateObject(options, 'options');
  const plaintextLength = options?.plaintextLength;
  if (plaintextLength !== undefined) validateInt32(plaintextLength, 'options.plaintextLength', 0);
  if (state.spec.mode === 'ccm' && plaintextLength === undefined) {
    throw codedError('ERR_MISSING_ARGS', 'options.plaintextLength required for CCM mode with AAD');
  }
  if (state.finalized || !state.spec.aead ||
      !binding.cipherSetAad(this[kHandle], aad.buffer, aad.byteOffset, aad.byteLength)) {
    throw new ERR_CRYPTO_INVALID_STATE('setAAD');
  }
  return this;
}

const streamMethods = {
  _transform(chunk, encoding, callback) {
    callback(null, this.update(chunk, encoding)); // Transform pushes what the callback is given
  },
  _flush(callback) {
    try {
      this.push(this.final());
    } catch (err) {
      callback(err);
      return;
    }
    callback();
  },
  update,
  final,
  setAutoPadding,
  setAAD,
};

function Cipheriv(cipher, key, iv, options) {
  if (!(this instanceof Cipheriv)) return new Cipheriv(cipher, key, iv, options);
  initialize(this, cipher, key, iv, options, true);
}
Object.setPrototypeOf(Cipheriv.prototype, LazyTransform.prototype);
Object.setPrototypeOf(Cipheriv, LazyTransform);
Object.assign(Cipheriv.prototype, streamMethods);

Cipheriv.prototype.getAuthTag = function getAuthTag() {
  const state = this[kState];
  const tag = state.finalized ? binding.cipherAuthTag(this[kHandle]) : null;
  if (tag === null) throw new ERR_CRYPTO_INVALID_STATE('getAuthTag');
  return fromLatin1(tag);
};

function Decipheriv(cipher, key, iv, options) {
  if (!(this instanceof Decipheriv)) return new Decipheriv(cipher, key, iv, options);
  initialize(this, cipher, key, iv, options, false);
}
Object.setPrototypeOf(Decipheriv.prototype, LazyTransform.prototype);
Object.setPrototypeOf(Decipheriv, LazyTransform);
Object.assign(Decipheriv.prototype, streamMethods);

Decipheriv.prototype.setAuthTag = function setAuthTag(tagbuf, encoding) {
  const state = this[kState];
  const tag = toBytes(tagbuf, 'buffer', encoding);
  if (!state.spec.aead || state.finalized || state.authTagSet) {
    throw new ERR_CRYPTO_INVALID_STATE('setAuthTag');
  }
  const expected = state.authTagLength;
  if ((expected !== -1 && tag.byteLength !== expected) || !binding.acceptsTagLength(state.spec.name, tag.byteLength)) {
    throw new ERR_CRYPTO_INVALID_AUTH_TAG(`Invalid authentication tag length: ${tag.byteLength}`);
  }
  if (state.spec.mode === 'gcm' && expected === -1 && tag.byteLength !== 16) warnShortGcmTag();
  state.authTagSet = true;
  binding.cipherSetAuthTag(this[kHandle], tag.buffer, tag.byteOffset, tag.byteLength);
  return this;
};

let shortGcmTagWarned = false;

function warnShortGcmTag() {
  if (shortGcmTagWarned) return;
  shortGcmTagWarned = true;
  process.emitWarning('Using AES-GCM authentication tags of less than 128 bits without specifying the ' +
    'authTagLength option when initializing decryption is deprecated.', 'DeprecationWarning', 'DEP0182');
}

function getCiphers() {
  return Array.from(binding.cipherNames());
}

function getCipherInfo(nameOrNid, options) {
  const byName = typeof nameOrNid === 'string';
  if (!byName) {
    if (typeof nameOrNid !== 'number') throw new ERR_INVALID_ARG_TYPE('nameOrNid', ['string', 'number'], nameOrNid);
    validateInt32(nameOrNid, 'nameOrNid');
  }
  if (options !== undefined) validateObject(options, 'options');
  const { keyLength, ivLength } = options ?? {};
  if (keyLength !== undefined) validateInt32(keyLength, 'options.keyLength');
  if (ivLength !== undefined) validateInt32(ivLength, 'options.ivLength');
  const spec = byName ? lookup(nameOrNid) : lookup(null, nameOrNid);
  if (spec === undefined) return undefined;
  if (keyLength !== undefined && keyLength !== spec.keyLength) return undefined;
  const info = { mode: spec.mode, name: spec.name, nid: spec.nid };
  if (spec.blockSize > 1 || spec.mode !== 'stream') info.blockSize = spec.blockSize;
  if (ivLength !== undefined) {
    if (!binding.acceptsIvLength(spec.name, ivLength)) return undefined;
    info.ivLength = ivLength;
  } else if (spec.ivLength > 0) {
    info.ivLength = spec.ivLength;
  }
  info.keyLength = spec.keyLength;
  return info;
}

module.exports = { Cipheriv, Decipheriv, getCiphers, getCipherInfo };

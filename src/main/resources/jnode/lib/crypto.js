'use strict';
// node:crypto: hashes, HMACs and randomness on the JDK's JCA (internalBinding('crypto')). Ciphers, keys,
// signatures, key derivation and the rest are not built yet: they throw ERR_JNODE_UNSUPPORTED
// (docs/compat.md).

const { Hash, Hmac, hash, getHashes } = require('internal/crypto/hash');
const {
  randomBytes, randomFill, randomFillSync, randomInt, randomUUID, randomUUIDv7,
} = require('internal/crypto/random');
const { unsupportedFunctions, unsupportedClasses } = require('internal/unsupported');
const { codedError, codes: { ERR_CRYPTO_TIMING_SAFE_EQUAL_LENGTH } } = require('internal/errors');
const { isArrayBufferView, isAnyArrayBuffer } = require('internal/util/types');
const { deprecate } = require('util');

function createHash(algorithm, options) {
  return new Hash(algorithm, options);
}

function createHmac(algorithm, key, options) {
  return new Hmac(algorithm, key, options);
}

function timingSafeEqualBytes(value, name) {
  if (isArrayBufferView(value)) return new Uint8Array(value.buffer, value.byteOffset, value.byteLength);
  if (isAnyArrayBuffer(value)) return new Uint8Array(value);
  // Node's message here comes from C++ and names no received value.
  throw codedError('ERR_INVALID_ARG_TYPE',
    `The "${name}" argument must be an instance of ArrayBuffer, Buffer, TypedArray, or DataView.`);
}

function timingSafeEqual(buf1, buf2) {
  const a = timingSafeEqualBytes(buf1, 'buf1');
  const b = timingSafeEqualBytes(buf2, 'buf2');
  if (a.byteLength !== b.byteLength) throw new ERR_CRYPTO_TIMING_SAFE_EQUAL_LENGTH();
  return internalBinding('crypto').timingSafeEqual(a.buffer, a.byteOffset, b.buffer, b.byteOffset, a.byteLength);
}

function webcrypto() {
  return require('internal/crypto/webcrypto');
}

module.exports = {
  createHash,
  createHmac,
  getHashes,
  hash,
  randomBytes,
  randomFill,
  randomFillSync,
  randomInt,
  randomUUID,
  randomUUIDv7,
  timingSafeEqual,
  getRandomValues: (...args) => webcrypto().getRandomValues(...args),
  Hash: deprecate(Hash, 'crypto.Hash constructor is deprecated.', 'DEP0179'),
  Hmac: deprecate(Hmac, 'crypto.Hmac constructor is deprecated.', 'DEP0181'),
};

Object.defineProperties(module.exports, {
  webcrypto: { configurable: false, enumerable: true, get: () => webcrypto().crypto },
  subtle: { configurable: false, enumerable: true, get: () => webcrypto().crypto.subtle },
});

unsupportedFunctions('crypto', ['argon2', 'argon2Sync', 'checkPrime', 'checkPrimeSync', 'createCipheriv',
  'createDecipheriv', 'createDiffieHellman', 'createDiffieHellmanGroup', 'createECDH', 'createPrivateKey',
  'createPublicKey', 'createSecretKey', 'createSign', 'createVerify', 'decapsulate', 'diffieHellman',
  'encapsulate', 'generateKey', 'generateKeyPair', 'generateKeyPairSync', 'generateKeySync', 'generatePrime',
  'generatePrimeSync', 'getCipherInfo', 'getCiphers', 'getCurves', 'getDiffieHellman', 'getFips', 'hkdf',
  'hkdfSync', 'pbkdf2', 'pbkdf2Sync', 'privateDecrypt', 'privateEncrypt', 'publicDecrypt', 'publicEncrypt',
  'scrypt', 'scryptSync', 'secureHeapUsed', 'setEngine', 'setFips', 'sign', 'verify'],
module.exports);
unsupportedClasses('crypto', ['Certificate', 'Cipheriv', 'Decipheriv', 'DiffieHellman', 'DiffieHellmanGroup',
  'ECDH', 'KeyObject', 'Sign', 'Verify', 'X509Certificate'], module.exports);

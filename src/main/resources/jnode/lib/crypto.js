'use strict';
// node:crypto on the JDK's JCA, with BouncyCastle where the JDK lacks a mode or format
// (internalBinding('crypto')). Each family lives in its own internal/crypto module, loaded on first use; what is
// not built yet throws ERR_JNODE_UNSUPPORTED (docs/compat.md).

const { Hash, Hmac, hash, getHashes } = require('internal/crypto/hash');
const {
  randomBytes, randomFill, randomFillSync, randomInt, randomUUID, randomUUIDv7,
} = require('internal/crypto/random');
const { unsupportedFunctions, unsupportedClasses } = require('internal/unsupported');
const { codedError, codes: { ERR_CRYPTO_TIMING_SAFE_EQUAL_LENGTH, ERR_JNODE_UNSUPPORTED } } = require('internal/errors');
const { isArrayBufferView, isAnyArrayBuffer } = require('internal/util/types');
const { deprecate, promisify } = require('util');

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

function cipher() {
  return require('internal/crypto/cipher');
}

function kdf() {
  return require('internal/crypto/kdf');
}

function keys() {
  return require('internal/crypto/keys');
}

function sig() {
  return require('internal/crypto/sig');
}

function createCipheriv(algorithm, key, iv, options) {
  return new (cipher().Cipheriv)(algorithm, key, iv, options);
}

function createDecipheriv(algorithm, key, iv, options) {
  return new (cipher().Decipheriv)(algorithm, key, iv, options);
}

// jnode's crypto is not a FIPS module: FIPS mode is off and cannot be switched on.
function getFips() {
  return 0;
}

function setFips(enabled) {
  if (enabled) throw new ERR_JNODE_UNSUPPORTED('FIPS mode');
}

// There is no OpenSSL secure heap (Node reports the same when --secure-heap is not given).
function secureHeapUsed() {
  return { total: 0, used: 0, utilization: NaN, min: 2 };
}

function webcrypto() {
  return require('internal/crypto/webcrypto');
}

module.exports = {
  createCipheriv,
  createDecipheriv,
  getCiphers: () => cipher().getCiphers(),
  getCipherInfo: (nameOrNid, options) => cipher().getCipherInfo(nameOrNid, options),
  pbkdf2: (...args) => kdf().pbkdf2(...args),
  pbkdf2Sync: (...args) => kdf().pbkdf2Sync(...args),
  scrypt: (...args) => kdf().scrypt(...args),
  scryptSync: (...args) => kdf().scryptSync(...args),
  hkdf: (...args) => kdf().hkdf(...args),
  hkdfSync: (...args) => kdf().hkdfSync(...args),
  createSecretKey: (...args) => keys().createSecretKey(...args),
  createPublicKey: (...args) => keys().createPublicKey(...args),
  createPrivateKey: (...args) => keys().createPrivateKey(...args),
  generateKeyPair: (...args) => keys().generateKeyPair(...args),
  generateKeyPairSync: (...args) => keys().generateKeyPairSync(...args),
  generateKey: (...args) => keys().generateKey(...args),
  generateKeySync: (...args) => keys().generateKeySync(...args),
  sign: (...args) => sig().sign(...args),
  verify: (...args) => sig().verify(...args),
  createSign: (algorithm, options) => new (sig().Sign)(algorithm, options),
  createVerify: (algorithm, options) => new (sig().Verify)(algorithm, options),
  publicEncrypt: (...args) => sig().publicEncrypt(...args),
  privateDecrypt: (...args) => sig().privateDecrypt(...args),
  privateEncrypt: (...args) => sig().privateEncrypt(...args),
  publicDecrypt: (...args) => sig().publicDecrypt(...args),
  diffieHellman: (...args) => sig().diffieHellman(...args),
  getCurves: () => sig().getCurves(),
  createECDH: (curve) => new (require('internal/crypto/ecdh').ECDH)(curve),
  checkPrime: (...args) => require('internal/crypto/prime').checkPrime(...args),
  checkPrimeSync: (...args) => require('internal/crypto/prime').checkPrimeSync(...args),
  generatePrime: (...args) => require('internal/crypto/prime').generatePrime(...args),
  generatePrimeSync: (...args) => require('internal/crypto/prime').generatePrimeSync(...args),
  getFips,
  setFips,
  secureHeapUsed,
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

// Node's callback passes (err, publicKey, privateKey); promisified, it resolves to { publicKey, privateKey }.
Object.defineProperty(module.exports.generateKeyPair, promisify.custom, {
  value: (type, options) => new Promise((resolve, reject) => {
    keys().generateKeyPair(type, options, (err, publicKey, privateKey) => {
      if (err) reject(err);
      else resolve({ publicKey, privateKey });
    });
  }),
});

Object.defineProperties(module.exports, {
  Cipheriv: { configurable: true, enumerable: true, get: () => cipher().Cipheriv },
  Decipheriv: { configurable: true, enumerable: true, get: () => cipher().Decipheriv },
  KeyObject: { configurable: true, enumerable: true, get: () => keys().KeyObject },
  X509Certificate: { configurable: true, enumerable: true, get: () => require('internal/crypto/x509').X509Certificate },
  Sign: { configurable: true, enumerable: true, get: () => sig().Sign },
  ECDH: { configurable: true, enumerable: true, get: () => require('internal/crypto/ecdh').ECDH },
  Verify: { configurable: true, enumerable: true, get: () => sig().Verify },
  constants: { configurable: true, enumerable: true, get: () => require('internal/crypto/constants') },
  webcrypto: { configurable: false, enumerable: true, get: () => webcrypto().crypto },
  subtle: { configurable: false, enumerable: true, get: () => webcrypto().crypto.subtle },
});

unsupportedFunctions('crypto', ['argon2', 'argon2Sync', 'createDiffieHellman', 'createDiffieHellmanGroup',
  'decapsulate', 'encapsulate', 'getDiffieHellman', 'setEngine'],
module.exports);
unsupportedClasses('crypto', ['Certificate', 'DiffieHellman', 'DiffieHellmanGroup'],
  module.exports);

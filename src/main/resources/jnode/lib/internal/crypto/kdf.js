'use strict';
// pbkdf2, scrypt and hkdf: validated here as Node validates them, derived in Java (PBKDF2 and HKDF over the JDK's
// HMACs, scrypt on BouncyCastle). The callback forms derive on the work pool, never on the JS thread.

const { binding, toBytes, fromLatin1, isKeyObjectLike } = require('internal/crypto/util');
const { validateString, validateFunction, validateInt32, validateUint32, validateInteger, validateObject } =
  require('internal/validators');
const {
  codedError,
  codes: {
    ERR_CRYPTO_INVALID_DIGEST, ERR_CRYPTO_INVALID_KEYLEN, ERR_CRYPTO_INVALID_SCRYPT_PARAMS,
    ERR_INCOMPATIBLE_OPTION_PAIR, ERR_OUT_OF_RANGE,
  },
} = require('internal/errors');

function checkDigest(digest) {
  validateString(digest, 'digest');
  if (!binding.isDigest(digest)) throw new ERR_CRYPTO_INVALID_DIGEST(digest);
}

// Sync when `callback` is undefined; else `callback(err, toResult(bytes))` once the pool has derived them.
function run(derive, callback, toResult) {
  if (callback === undefined) return toResult(fromLatin1(derive(null)));
  derive((err, latin1) => {
    if (err) callback(err);
    else callback(null, toResult(fromLatin1(latin1)));
  });
}

const asBuffer = (buffer) => buffer;

function pbkdf2Args(password, salt, iterations, keylen, digest) {
  const passwordBytes = toBytes(password, 'password');
  const saltBytes = toBytes(salt, 'salt');
  validateInt32(iterations, 'iterations', 1);
  validateInt32(keylen, 'keylen', 0);
  checkDigest(digest);
  return (callback) => binding.pbkdf2(digest, passwordBytes, saltBytes, iterations, keylen, callback);
}

function pbkdf2Sync(password, salt, iterations, keylen, digest) {
  return run(pbkdf2Args(password, salt, iterations, keylen, digest), undefined, asBuffer);
}

function pbkdf2(password, salt, iterations, keylen, digest, callback) {
  if (typeof digest === 'function') {
    callback = digest;
    digest = undefined;
  }
  const derive = pbkdf2Args(password, salt, iterations, keylen, digest);
  validateFunction(callback, 'callback');
  run(derive, callback, asBuffer);
}

const scryptDefaults = { N: 16384, r: 8, p: 1, maxmem: 32 << 20 };

// One scrypt parameter under its two names (N or cost, ...); 0 means the default, as in Node.
function scryptParam(options, name, alias) {
  const value = options[name];
  const aliased = options[alias];
  if (value !== undefined && aliased !== undefined) throw new ERR_INCOMPATIBLE_OPTION_PAIR(name, alias);
  const given = value ?? aliased;
  if (given === undefined) return scryptDefaults[name];
  validateUint32(given, name);
  return given === 0 ? scryptDefaults[name] : given;
}

function scryptArgs(password, salt, keylen, options) {
  const passwordBytes = toBytes(password, 'password');
  const saltBytes = toBytes(salt, 'salt');
  validateInt32(keylen, 'keylen', 0);
  const opts = options ?? {};
  if (options !== undefined && options !== null) validateObject(options, 'options');
  const N = scryptParam(opts, 'N', 'cost');
  const r = scryptParam(opts, 'r', 'blockSize');
  const p = scryptParam(opts, 'p', 'parallelization');
  let maxmem = scryptDefaults.maxmem;
  if (opts.maxmem !== undefined) {
    validateInteger(opts.maxmem, 'maxmem', 0);
    if (opts.maxmem !== 0) maxmem = opts.maxmem;
  }
  if ((N & (N - 1)) !== 0) throw new ERR_CRYPTO_INVALID_SCRYPT_PARAMS();
  // OpenSSL's bound: the 128*r*(N+2)-byte work area plus the 128*r*p-byte blocks must fit in maxmem.
  if (N < 2 || 128 * r * (N + 2) + 128 * r * p > maxmem || p > (2 ** 30 - 1) / r) {
    throw codedError('ERR_CRYPTO_INVALID_SCRYPT_PARAMS',
      'Invalid scrypt params: error:030000AC:digital envelope routines::memory limit exceeded');
  }
  return (callback) => binding.scrypt(passwordBytes, saltBytes, N, r, p, keylen, callback);
}

function scryptSync(password, salt, keylen, options) {
  return run(scryptArgs(password, salt, keylen, options), undefined, asBuffer);
}

function scrypt(password, salt, keylen, options, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = undefined;
  }
  const derive = scryptArgs(password, salt, keylen, options);
  validateFunction(callback, 'callback');
  run(derive, callback, asBuffer);
}

const hkdfInputTypes = ['string', 'ArrayBuffer', 'TypedArray', 'DataView', 'Buffer'];

function hkdfKeyBytes(ikm) {
  if (isKeyObjectLike(ikm)) return require('internal/crypto/keys').secretKeyBytes(ikm);
  return toBytes(ikm, 'ikm', 'utf8', ['string', 'SecretKeyObject', 'ArrayBuffer', 'TypedArray', 'DataView', 'Buffer']);
}

function hkdfArgs(digest, ikm, salt, info, keylen) {
  validateString(digest, 'digest');
  const keyBytes = hkdfKeyBytes(ikm);
  const saltBytes = toBytes(salt, 'salt', 'utf8', hkdfInputTypes);
  const infoBytes = toBytes(info, 'info', 'utf8', hkdfInputTypes);
  validateInt32(keylen, 'length', 0);
  if (infoBytes.byteLength > 1024) {
    throw new ERR_OUT_OF_RANGE('info', 'must not contain more than 1024 bytes', infoBytes.byteLength);
  }
  if (!binding.isDigest(digest)) throw new ERR_CRYPTO_INVALID_DIGEST(digest);
  if (keylen > binding.digestSize(digest) * 255) throw new ERR_CRYPTO_INVALID_KEYLEN();
  return (callback) => binding.hkdf(digest, keyBytes, saltBytes, infoBytes, keylen, callback);
}

// hkdf's result is an ArrayBuffer of its own.
const asArrayBuffer = (buffer) => buffer.buffer.slice(buffer.byteOffset, buffer.byteOffset + buffer.byteLength);

function hkdfSync(digest, ikm, salt, info, keylen) {
  return run(hkdfArgs(digest, ikm, salt, info, keylen), undefined, asArrayBuffer);
}

function hkdf(digest, ikm, salt, info, keylen, callback) {
  const derive = hkdfArgs(digest, ikm, salt, info, keylen);
  validateFunction(callback, 'callback');
  run(derive, callback, asArrayBuffer);
}

module.exports = { pbkdf2, pbkdf2Sync, scrypt, scryptSync, hkdf, hkdfSync };

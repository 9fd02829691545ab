'use strict';
// Signatures (sign/verify, Sign/Verify), RSA encryption (publicEncrypt and its three siblings) and
// diffieHellman, over KeyObjects or anything createPrivateKey/createPublicKey accept.

const { binding, toBytes, fromLatin1, encodeOutput } = require('internal/crypto/util');
const keys = require('internal/crypto/keys');
const { Buffer } = require('buffer');
const { isArrayBufferView } = require('internal/util/types');
const { Writable } = require('stream');
const { validateString, validateFunction, validateObject, validateInt32 } = require('internal/validators');
const {
  codedError,
  codes: {
    ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE, ERR_CRYPTO_SIGN_KEY_REQUIRED, ERR_CRYPTO_INVALID_KEY_OBJECT_TYPE,
    ERR_CRYPTO_INVALID_DIGEST,
  },
} = require('internal/errors');

const RSA_PKCS1_PADDING = 1;
const RSA_PKCS1_OAEP_PADDING = 4;
const RSA_PSS_SALTLEN_MAX_SIGN = -2;
const RSA_PSS_SALTLEN_AUTO = -2;

// The handle of a private key given as a KeyObject, key data, or an options object around either.
function privateHandle(key) {
  if (keys.isKeyObject(key)) {
    if (key.type !== 'private') throw new ERR_CRYPTO_INVALID_KEY_OBJECT_TYPE(key.type, 'private');
    return keys.handleOf(key);
  }
  if (key !== null && typeof key === 'object' && keys.isKeyObject(key.key)) return privateHandle(key.key);
  return keys.importKey(key, true, false);
}

// The handle of a public key: a public or private KeyObject, or key data of either (or a certificate).
function publicHandle(key) {
  if (keys.isKeyObject(key)) {
    if (key.type === 'secret') throw new ERR_CRYPTO_INVALID_KEY_OBJECT_TYPE(key.type, 'private');
    return binding.publicHalf(keys.handleOf(key));
  }
  if (key !== null && typeof key === 'object' && keys.isKeyObject(key.key)) return publicHandle(key.key);
  return binding.publicHalf(keys.importKey(key, false, true));
}

function options(key) {
  return key !== null && typeof key === 'object' && !keys.isKeyObject(key) && !isArrayBufferView(key) ? key : {};
}

function signOptions(key, defaultSalt) {
  const { padding, saltLength, dsaEncoding } = options(key);
  if (padding !== undefined) validateInt32(padding, 'key.padding');
  if (saltLength !== undefined) validateInt32(saltLength, 'key.saltLength');
  if (dsaEncoding !== undefined && dsaEncoding !== 'der' && dsaEncoding !== 'ieee-p1363') {
    throw new ERR_INVALID_ARG_VALUE('options.dsaEncoding', dsaEncoding);
  }
  return [padding ?? 0, saltLength ?? defaultSalt, dsaEncoding === 'ieee-p1363'];
}

function checkAlgorithm(algorithm) {
  if (algorithm === null || algorithm === undefined) return null;
  validateString(algorithm, 'algorithm');
  if (!binding.isDigest(algorithm)) throw new ERR_CRYPTO_INVALID_DIGEST(algorithm);
  return algorithm;
}

function dataBytes(data, name = 'data') {
  return toBytes(data, name, 'utf8', ['string', 'ArrayBuffer', 'Buffer', 'TypedArray', 'DataView']);
}

function sign(algorithm, data, key, callback) {
  const digest = checkAlgorithm(algorithm);
  const bytes = dataBytes(data);
  if (key === undefined || key === null) throw new ERR_CRYPTO_SIGN_KEY_REQUIRED();
  const handle = privateHandle(key);
  const [padding, saltLength, p1363] = signOptions(key, RSA_PSS_SALTLEN_MAX_SIGN);
  if (callback === undefined) {
    return fromLatin1(binding.sign(handle, digest, bytes, padding, saltLength, p1363, null));
  }
  validateFunction(callback, 'callback');
  binding.sign(handle, digest, bytes, padding, saltLength, p1363, (err, latin1) => {
    if (err) callback(err);
    else callback(null, fromLatin1(latin1));
  });
}

function verify(algorithm, data, key, signature, callback) {
  const digest = checkAlgorithm(algorithm);
  const bytes = dataBytes(data);
  const handle = publicHandle(key);
  const sig = toBytes(signature, 'signature', 'utf8', ['ArrayBuffer', 'Buffer', 'TypedArray', 'DataView']);
  const [padding, saltLength, p1363] = signOptions(key, RSA_PSS_SALTLEN_AUTO);
  const result = binding.verify(handle, digest, bytes, padding, saltLength, p1363, sig);
  if (callback === undefined) return result;
  validateFunction(callback, 'callback');
  process.nextTick(callback, null, result);
}

// Sign and Verify collect the data (the key only arrives at the end) and sign it in one call.
function collect(self, data, encoding) {
  if (typeof data === 'string') data = Buffer.from(data, encoding ?? 'utf8');
  else if (!isArrayBufferView(data)) {
    throw new ERR_INVALID_ARG_TYPE('data', ['string', 'Buffer', 'TypedArray', 'DataView'], data);
  }
  self._chunks.push(Buffer.from(data.buffer, data.byteOffset, data.byteLength).slice());
  return self;
}

function initSigner(self, algorithm, options) {
  validateString(algorithm, 'algorithm');
  if (!binding.isDigest(algorithm)) throw codedError('ERR_CRYPTO_INVALID_DIGEST', 'Invalid digest');
  Writable.call(self, options);
  Object.defineProperty(self, '_chunks', { value: [], writable: true });
  self._algorithm = algorithm;
}

function Sign(algorithm, options) {
  if (!(this instanceof Sign)) return new Sign(algorithm, options);
  initSigner(this, algorithm, options);
}
Object.setPrototypeOf(Sign.prototype, Writable.prototype);
Object.setPrototypeOf(Sign, Writable);

// Sign and Verify gather the data the same way, written or given to update().
const gatheringMethods = {
  _write(chunk, encoding, callback) {
    collect(this, chunk, encoding);
    callback();
  },
  update(data, encoding) {
    return collect(this, data, encoding);
  },
};
Object.assign(Sign.prototype, gatheringMethods);

Sign.prototype.sign = function signData(privateKey, outputEncoding) {
  if (privateKey === undefined || privateKey === null) throw new ERR_CRYPTO_SIGN_KEY_REQUIRED();
  const signature = sign(this._algorithm, Buffer.concat(this._chunks), privateKey);
  this._chunks = [];
  if (outputEncoding !== undefined && outputEncoding !== 'buffer' && !Buffer.isEncoding(outputEncoding)) {
    throw codedError('ERR_UNKNOWN_ENCODING', `Unknown encoding: ${outputEncoding}`);
  }
  return encodeOutput(signature, outputEncoding);
};

function Verify(algorithm, options) {
  if (!(this instanceof Verify)) return new Verify(algorithm, options);
  initSigner(this, algorithm, options);
}
Object.setPrototypeOf(Verify.prototype, Writable.prototype);
Object.setPrototypeOf(Verify, Writable);

Object.assign(Verify.prototype, gatheringMethods);

Verify.prototype.verify = function verifyData(publicKey, signature, signatureEncoding) {
  const sig = typeof signature === 'string' ? Buffer.from(signature, signatureEncoding ?? 'utf8') : signature;
  return verify(this._algorithm, Buffer.concat(this._chunks), publicKey, sig);
};

function rsaCrypt(usePrivate, encrypt, defaultPadding) {
  return function rsaOperation(key, buffer) {
    const handle = usePrivate ? privateHandle(key) : publicHandle(key);
    const { padding = defaultPadding, oaepHash = 'sha1', oaepLabel, encoding } = options(key);
    validateInt32(padding, 'key.padding');
    validateString(oaepHash, 'key.oaepHash');
    const label = oaepLabel === undefined ? null : toBytes(oaepLabel, 'key.oaepLabel');
    const data = toBytes(buffer, 'buffer', encoding ?? 'utf8');
    return fromLatin1(binding.rsaCrypt(handle, usePrivate, encrypt, padding, oaepHash, label, data));
  };
}

const publicEncrypt = rsaCrypt(false, true, RSA_PKCS1_OAEP_PADDING);
const privateDecrypt = rsaCrypt(true, false, RSA_PKCS1_OAEP_PADDING);
const privateEncrypt = rsaCrypt(true, true, RSA_PKCS1_PADDING);
const publicDecrypt = rsaCrypt(false, false, RSA_PKCS1_PADDING);

function diffieHellman(options, callback) {
  validateObject(options, 'options');
  const { privateKey, publicKey } = options;
  if (!keys.isKeyObject(privateKey)) throw new ERR_INVALID_ARG_VALUE('options.privateKey', privateKey);
  if (!keys.isKeyObject(publicKey)) throw new ERR_INVALID_ARG_VALUE('options.publicKey', publicKey);
  if (privateKey.type !== 'private') throw new ERR_CRYPTO_INVALID_KEY_OBJECT_TYPE(privateKey.type, 'private');
  if (publicKey.type === 'secret') throw new ERR_CRYPTO_INVALID_KEY_OBJECT_TYPE(publicKey.type, 'public');
  const secret = fromLatin1(binding.diffieHellman(keys.handleOf(privateKey),
    binding.publicHalf(keys.handleOf(publicKey))));
  if (callback === undefined) return secret;
  validateFunction(callback, 'callback');
  process.nextTick(callback, null, secret);
}

function getCurves() {
  return Array.from(binding.curveNames());
}

module.exports = {
  sign, verify, Sign, Verify, publicEncrypt, privateDecrypt, privateEncrypt, publicDecrypt, diffieHellman, getCurves,
};

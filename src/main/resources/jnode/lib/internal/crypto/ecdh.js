'use strict';
// crypto.createECDH: elliptic-curve Diffie-Hellman with raw keys (the curve arithmetic is Java's).

const { binding, toBytes, fromLatin1, encodeOutput } = require('internal/crypto/util');
const { Buffer } = require('buffer');
const { validateString } = require('internal/validators');
const {
  codedError,
  codes: { ERR_CRYPTO_INVALID_CURVE, ERR_CRYPTO_ECDH_INVALID_FORMAT },
} = require('internal/errors');

const formats = ['compressed', 'uncompressed', 'hybrid'];

function checkFormat(format) {
  if (format === undefined) return 'uncompressed';
  if (!formats.includes(format)) throw new ERR_CRYPTO_ECDH_INVALID_FORMAT(format);
  return format;
}

function ECDH(curve) {
  if (!(this instanceof ECDH)) return new ECDH(curve);
  validateString(curve, 'curve');
  if (!binding.isEcdhCurve(curve)) throw new ERR_CRYPTO_INVALID_CURVE();
  Object.defineProperty(this, '_curve', { value: curve });
  Object.defineProperty(this, '_private', { value: null, writable: true });
}

ECDH.prototype.generateKeys = function generateKeys(encoding, format) {
  this._private = fromLatin1(binding.ecdhGeneratePrivate(this._curve));
  return this.getPublicKey(encoding, format);
};

ECDH.prototype.setPrivateKey = function setPrivateKey(key, encoding) {
  const bytes = toBytes(key, 'key', encoding);
  this._private = fromLatin1(binding.ecdhCheckPrivate(this._curve, bytes));
  return this;
};

ECDH.prototype.getPrivateKey = function getPrivateKey(encoding) {
  if (this._private === null) throw codedError('ERR_CRYPTO_OPERATION_FAILED', 'Failed to get ECDH private key');
  return encodeOutput(Buffer.from(this._private), encoding);
};

ECDH.prototype.getPublicKey = function getPublicKey(encoding, format) {
  if (this._private === null) throw codedError('ERR_CRYPTO_OPERATION_FAILED', 'Failed to get ECDH public key');
  const key = fromLatin1(binding.ecdhPublicKey(this._curve, this._private, checkFormat(format)));
  return encodeOutput(key, encoding);
};

ECDH.prototype.computeSecret = function computeSecret(key, inputEncoding, outputEncoding) {
  const peer = toBytes(key, 'key', inputEncoding);
  if (this._private === null) throw codedError('ERR_CRYPTO_OPERATION_FAILED', 'Failed to get ECDH private key');
  return encodeOutput(fromLatin1(binding.ecdhComputeSecret(this._curve, this._private, peer)), outputEncoding);
};

ECDH.convertKey = function convertKey(key, curve, inputEncoding, outputEncoding, format) {
  validateString(curve, 'curve');
  const point = toBytes(key, 'key', inputEncoding);
  if (!binding.isEcdhCurve(curve)) throw new ERR_CRYPTO_INVALID_CURVE();
  return encodeOutput(fromLatin1(binding.ecdhConvertKey(curve, point, checkFormat(format))), outputEncoding);
};

module.exports = { ECDH };

'use strict';
// KeyObject and its three kinds, key import (PEM, DER, JWK), export and generation. The key material stays in
// Java (a KeyHandle holding the ASN.1 structures); this module checks Node's options and builds the objects.

const { binding, toBytes, fromLatin1 } = require('internal/crypto/util');
const { isArrayBufferView, isAnyArrayBuffer } = require('internal/util/types');
const {
  validateString, validateObject, validateFunction, validateUint32, validateInt32, validateInteger, validateOneOf,
} = require('internal/validators');
const {
  codes: {
    ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE, ERR_CRYPTO_INVALID_KEY_OBJECT_TYPE,
    ERR_CRYPTO_INCOMPATIBLE_KEY_OPTIONS, ERR_CRYPTO_UNKNOWN_CIPHER, ERR_JNODE_UNSUPPORTED,
  },
} = require('internal/errors');

const kHandle = Symbol('kHandle');
const kKeyType = Symbol('kKeyType');

function hidden(target, key, value) {
  Object.defineProperty(target, key, { value, writable: false, enumerable: false, configurable: false });
}

class KeyObject {
  constructor(type, handle) {
    if (type !== 'secret' && type !== 'public' && type !== 'private') {
      throw new ERR_INVALID_ARG_VALUE('type', type);
    }
    if (typeof handle !== 'object' || handle === null || !binding.isKeyHandle(handle)) {
      throw new ERR_INVALID_ARG_TYPE('handle', 'object', handle);
    }
    hidden(this, kKeyType, type);
    hidden(this, kHandle, handle);
  }

  get type() {
    return this[kKeyType];
  }

  static from(key) {
    throw new ERR_JNODE_UNSUPPORTED('KeyObject.from(CryptoKey)');
  }

  equals(otherKeyObject) {
    if (!isKeyObject(otherKeyObject)) {
      throw new ERR_INVALID_ARG_TYPE('otherKeyObject', 'KeyObject', otherKeyObject);
    }
    return binding.keysEqual(this[kHandle], otherKeyObject[kHandle]);
  }
}

class SecretKeyObject extends KeyObject {
  constructor(handle) {
    super('secret', handle);
  }

  get symmetricKeySize() {
    return secretKeyBytes(this).byteLength;
  }

  export(options) {
    if (options !== undefined) validateObject(options, 'options');
    const format = options?.format;
    if (format === 'jwk') return JSON.parse(binding.exportJwk(this[kHandle]));
    if (format !== undefined && format !== 'buffer') {
      throw new ERR_INVALID_ARG_VALUE('options.format', format, "must be one of: undefined, 'buffer', 'jwk'");
    }
    return secretKeyBytes(this);
  }
}

class AsymmetricKeyObject extends KeyObject {
  get asymmetricKeyType() {
    return binding.asymmetricKeyType(this[kHandle]) ?? undefined;
  }

  get asymmetricKeyDetails() {
    const details = JSON.parse(binding.keyDetails(this[kHandle]));
    if (details.publicExponent !== undefined) details.publicExponent = BigInt(details.publicExponent);
    return details;
  }

  export(options) {
    validateObject(options, 'options');
    if (options.format === 'jwk') {
      return JSON.parse(binding.exportJwk(this[kHandle]));
    }
    const { format, type, cipher, passphrase } = parseKeyEncoding(options, this, 'options');
    const exported = fromLatin1(binding.exportKey(this[kHandle], format, type, cipher ?? null, passphrase ?? null));
    return format === 'pem' ? exported.toString('latin1') : exported;
  }
}

class PublicKeyObject extends AsymmetricKeyObject {
  constructor(handle) {
    super('public', handle);
  }
}

class PrivateKeyObject extends AsymmetricKeyObject {
  constructor(handle) {
    super('private', handle);
  }
}

function isKeyObject(value) {
  return value instanceof KeyObject;
}

function wrap(handle) {
  switch (binding.keyType(handle)) {
    case 'secret': return new SecretKeyObject(handle);
    case 'public': return new PublicKeyObject(handle);
    default: return new PrivateKeyObject(handle);
  }
}

function handleOf(key) {
  return key[kHandle];
}

function secretKeyBytes(key) {
  if (key.type !== 'secret') throw new ERR_CRYPTO_INVALID_KEY_OBJECT_TYPE(key.type, 'secret');
  return fromLatin1(binding.secretKey(key[kHandle]));
}

// { format, type, cipher, passphrase } for export and generateKeyPair's encodings, checked as Node checks them.
function parseKeyEncoding(encoding, key, prefix, isPublic = key?.type === 'public') {
  const { format, type, cipher, passphrase } = encoding;
  if (format !== 'pem' && format !== 'der') throw new ERR_INVALID_ARG_VALUE(`${prefix}.format`, format);
  const allowed = isPublic ? ['pkcs1', 'spki'] : ['pkcs1', 'pkcs8', 'sec1'];
  if (!allowed.includes(type)) throw new ERR_INVALID_ARG_VALUE(`${prefix}.type`, type);
  const keyType = key ? binding.asymmetricKeyType(key[kHandle]) : encoding.keyType;
  if (type === 'pkcs1' && keyType !== 'rsa') {
    throw new ERR_CRYPTO_INCOMPATIBLE_KEY_OPTIONS('pkcs1', 'can only be used for RSA keys');
  }
  if (type === 'sec1' && keyType !== 'ec') {
    throw new ERR_CRYPTO_INCOMPATIBLE_KEY_OPTIONS('sec1', 'can only be used for EC keys');
  }
  if (isPublic || cipher === undefined) return { format, type };
  validateString(cipher, `${prefix}.cipher`);
  if (format === 'der' && type !== 'pkcs8') {
    throw new ERR_CRYPTO_INCOMPATIBLE_KEY_OPTIONS(type, 'does not support encryption');
  }
  if (typeof passphrase !== 'string' && !isArrayBufferView(passphrase)) {
    throw new ERR_INVALID_ARG_VALUE(`${prefix}.passphrase`, passphrase);
  }
  if (binding.cipherSpec(cipher, 0) === null) throw new ERR_CRYPTO_UNKNOWN_CIPHER();
  return { format, type, cipher, passphrase: toBytes(passphrase, `${prefix}.passphrase`) };
}

const keyInputTypes = ['string', 'ArrayBuffer', 'Buffer', 'TypedArray', 'DataView'];

function isKeyData(value) {
  return typeof value === 'string' || isArrayBufferView(value) || isAnyArrayBuffer(value);
}

// A KeyHandle from createPrivateKey/createPublicKey's input: PEM/DER bytes, a JWK, or an options object.
function importKey(key, wantPrivate, allowKeyObject) {
  if (isKeyData(key)) {
    return binding.parseKey(toBytes(key, 'key'), 'pem', null, wantPrivate, null);
  }
  const listed = allowKeyObject ? [...keyInputTypes, 'KeyObject', 'CryptoKey'] : [...keyInputTypes, 'URL'];
  if (typeof key !== 'object' || key === null || isKeyObject(key)) {
    throw new ERR_INVALID_ARG_TYPE('key', listed, key);
  }
  const { key: data, format = 'pem', type, passphrase, encoding } = key;
  if (format === 'jwk') {
    validateObject(data, 'key.key');
    return binding.jwkKey(JSON.stringify(data), wantPrivate);
  }
  if (isKeyObject(data)) {
    if (allowKeyObject) return data[kHandle];
    throw new ERR_INVALID_ARG_TYPE('key', listed, data);
  }
  if (!isKeyData(data)) throw new ERR_INVALID_ARG_TYPE('key.key', listed, data);
  if (format !== 'pem' && format !== 'der') throw new ERR_INVALID_ARG_VALUE('key.format', format);
  if (format === 'der') {
    const types = wantPrivate ? ['pkcs1', 'pkcs8', 'sec1'] : ['pkcs1', 'spki', 'pkcs8', 'sec1'];
    if (!types.includes(type)) throw new ERR_INVALID_ARG_VALUE('key.type', type);
  }
  const pass = passphrase === undefined || passphrase === null ? null : toBytes(passphrase, 'key.passphrase');
  return binding.parseKey(toBytes(data, 'key.key', encoding ?? 'utf8'), format, format === 'der' ? type : null,
    wantPrivate, pass);
}

function createSecretKey(key, encoding) {
  const bytes = toBytes(key, 'key', encoding, ['ArrayBuffer', 'Buffer', 'TypedArray', 'DataView']);
  if (typeof key === 'string' && encoding === undefined) {
    throw new ERR_INVALID_ARG_TYPE('key', ['ArrayBuffer', 'Buffer', 'TypedArray', 'DataView'], key);
  }
  return new SecretKeyObject(binding.createSecretKey(bytes));
}

function createPrivateKey(key) {
  return new PrivateKeyObject(importKey(key, true, false));
}

function createPublicKey(key) {
  if (isKeyObject(key)) {
    if (key.type !== 'private') throw new ERR_CRYPTO_INVALID_KEY_OBJECT_TYPE(key.type, 'private');
    return new PublicKeyObject(binding.publicHalf(key[kHandle]));
  }
  const handle = importKey(key, false, true);
  return new PublicKeyObject(binding.publicHalf(handle));
}

const keyPairTypes = ['rsa', 'rsa-pss', 'dsa', 'ec', 'ed25519', 'ed448', 'x25519', 'x448', 'dh'];

// The binding's arguments for a key pair of `type`, checked as Node checks generateKeyPair's options.
function keyPairArgs(type, options) {
  validateString(type, 'type');
  if (!keyPairTypes.includes(type)) {
    throw new ERR_INVALID_ARG_VALUE('type', type, 'must be a supported key type');
  }
  if (options !== undefined) validateObject(options, 'options');
  const opts = options ?? {};
  let modulusLength = 0;
  let publicExponent = 0x10001;
  let namedCurve = null;
  let hash = null;
  let mgf1Hash = null;
  let saltLength = -1;
  switch (type) {
    case 'rsa':
    case 'rsa-pss':
      validateUint32(opts.modulusLength, 'options.modulusLength');
      modulusLength = opts.modulusLength;
      if (opts.publicExponent !== undefined) {
        validateUint32(opts.publicExponent, 'options.publicExponent');
        publicExponent = opts.publicExponent;
      }
      if (type === 'rsa-pss') {
        hash = opts.hashAlgorithm ?? opts.hash ?? null;
        mgf1Hash = opts.mgf1HashAlgorithm ?? opts.mgf1Hash ?? null;
        if (hash !== null) validateString(hash, 'options.hashAlgorithm');
        if (mgf1Hash !== null) validateString(mgf1Hash, 'options.mgf1HashAlgorithm');
        if (opts.saltLength !== undefined) {
          validateInt32(opts.saltLength, 'options.saltLength', 0);
          saltLength = opts.saltLength;
        }
        if (hash === null && (mgf1Hash !== null || saltLength !== -1)) hash = 'sha256';
        // RFC 4055's default salt is as long as the digest.
        if (hash !== null && saltLength === -1) saltLength = binding.digestSize(hash);
      }
      break;
    case 'ec':
      validateString(opts.namedCurve, 'options.namedCurve');
      namedCurve = opts.namedCurve;
      break;
    case 'dsa':
    case 'dh':
      throw new ERR_JNODE_UNSUPPORTED(`generateKeyPair('${type}')`);
    default:
  }
  const encodings = {};
  for (const which of ['publicKeyEncoding', 'privateKeyEncoding']) {
    const encoding = opts[which];
    if (encoding === undefined) continue;
    validateObject(encoding, `options.${which}`);
    if (encoding.format === 'jwk') {
      encodings[which] = { format: 'jwk' };
      continue;
    }
    encodings[which] = parseKeyEncoding({ ...encoding, keyType: type }, null, `options.${which}`,
      which === 'publicKeyEncoding');
  }
  return {
    args: [type, modulusLength, publicExponent, namedCurve, hash, mgf1Hash, saltLength],
    encodings,
  };
}

function exportWith(key, encoding) {
  if (encoding === undefined) return key;
  if (encoding.format === 'jwk') return key.export({ format: 'jwk' });
  return key.export(encoding);
}

function keyPairFrom(handle, encodings) {
  const privateKey = new PrivateKeyObject(handle);
  const publicKey = new PublicKeyObject(binding.publicHalf(handle));
  return {
    publicKey: exportWith(publicKey, encodings.publicKeyEncoding),
    privateKey: exportWith(privateKey, encodings.privateKeyEncoding),
  };
}

function generateKeyPairSync(type, options) {
  const { args, encodings } = keyPairArgs(type, options);
  return keyPairFrom(binding.generateKeyPair(...args, null), encodings);
}

function generateKeyPair(type, options, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = undefined;
  }
  validateFunction(callback, 'callback');
  const { args, encodings } = keyPairArgs(type, options);
  binding.generateKeyPair(...args, (err, handle) => {
    if (err) {
      callback(err);
      return;
    }
    let pair;
    try {
      pair = keyPairFrom(handle, encodings);
    } catch (error) {
      callback(error);
      return;
    }
    callback(null, pair.publicKey, pair.privateKey);
  });
}

// How options.length is checked for each type of secret key generateKey(Sync) makes.
const secretKeyLengthChecks = {
  __proto__: null,
  hmac: (length) => validateInteger(length, 'options.length', 8, 2 ** 31 - 1),
  aes: (length) => validateOneOf(length, 'options.length', [128, 192, 256]),
};

// The key's size in bytes, once the arguments passed their checks.
function secretKeyArgs(type, options) {
  validateString(type, 'type');
  validateObject(options, 'options');
  const checkLength = secretKeyLengthChecks[type];
  if (checkLength === undefined) throw new ERR_INVALID_ARG_VALUE('type', type, 'must be a supported key type');
  checkLength(options.length);
  return Math.floor(options.length / 8);
}

function generateKeySync(type, options) {
  const size = secretKeyArgs(type, options);
  return createSecretKey(fromLatin1(binding.randomBytes(size)));
}

function generateKey(type, options, callback) {
  const size = secretKeyArgs(type, options);
  validateFunction(callback, 'callback');
  binding.randomBytesAsync(size, (latin1) => callback(null, createSecretKey(fromLatin1(latin1))));
}

module.exports = {
  KeyObject, SecretKeyObject, PublicKeyObject, PrivateKeyObject, isKeyObject, handleOf, secretKeyBytes,
  importKey, createSecretKey, createPrivateKey, createPublicKey, generateKeyPair, generateKeyPairSync,
  generateKey, generateKeySync,
};

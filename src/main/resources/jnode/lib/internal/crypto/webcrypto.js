'use strict';
// The Web Crypto object (globalThis.crypto, crypto.webcrypto): random values and UUIDs; SubtleCrypto is not
// built yet, so each of its methods says so.

const { fillRandom, randomUUID } = require('internal/crypto/random');
const { isTypedArray } = require('internal/util/types');
const { unsupportedFunctions } = require('internal/unsupported');
const { codedError, codes: { ERR_ILLEGAL_CONSTRUCTOR, ERR_INVALID_THIS } } = require('internal/errors');

const kMaxRandomValuesBytes = 65536;
const integerArrayTags = new Set(['Int8Array', 'Uint8Array', 'Uint8ClampedArray', 'Int16Array', 'Uint16Array',
  'Int32Array', 'Uint32Array', 'BigInt64Array', 'BigUint64Array']);

function getRandomValues(data) {
  if (arguments.length === 0) {
    throw codedError('ERR_MISSING_ARGS',
      "Failed to execute 'getRandomValues' on 'Crypto': 1 argument required, but only 0 present.");
  }
  if (!isTypedArray(data) || !integerArrayTags.has(data[Symbol.toStringTag])) {
    throw new DOMException('The data argument must be an integer-type TypedArray', 'TypeMismatchError');
  }
  if (data.byteLength > kMaxRandomValuesBytes) {
    throw new DOMException('The requested length exceeds 65,536 bytes', 'QuotaExceededError');
  }
  fillRandom(new Uint8Array(data.buffer, data.byteOffset, data.byteLength));
  return data;
}

// Only this module makes the two objects; user code gets Illegal constructor, as in Node.
const kCreate = Symbol('kCreate');

class SubtleCrypto {
  constructor(token) {
    if (token !== kCreate) throw new ERR_ILLEGAL_CONSTRUCTOR();
  }
}
Object.defineProperty(SubtleCrypto.prototype, Symbol.toStringTag, { configurable: true, value: 'SubtleCrypto' });
unsupportedFunctions('crypto.subtle', ['decrypt', 'deriveBits', 'deriveKey', 'digest', 'encrypt', 'exportKey',
  'generateKey', 'importKey', 'sign', 'unwrapKey', 'verify', 'wrapKey'], SubtleCrypto.prototype);

const subtle = new SubtleCrypto(kCreate);

function checkThis(self) {
  if (!(self instanceof Crypto)) throw new ERR_INVALID_THIS('Crypto');
}

class Crypto {
  constructor(token) {
    if (token !== kCreate) throw new ERR_ILLEGAL_CONSTRUCTOR();
  }

  get subtle() {
    checkThis(this);
    return subtle;
  }

  getRandomValues(...args) {
    checkThis(this);
    return getRandomValues(...args);
  }

  randomUUID() {
    checkThis(this);
    return randomUUID();
  }
}
Object.defineProperty(Crypto.prototype, Symbol.toStringTag, { configurable: true, value: 'Crypto' });

const crypto = new Crypto(kCreate);

module.exports = { crypto, Crypto, SubtleCrypto, getRandomValues };

'use strict';
// checkPrime and generatePrime over Java's BigInteger (Miller-Rabin), the callback forms on the work pool.

const { binding, fromLatin1 } = require('internal/crypto/util');
const { Buffer } = require('buffer');
const { isArrayBufferView, isAnyArrayBuffer } = require('internal/util/types');
const {
  validateObject, validateFunction, validateInt32, validateUint32, validateBoolean,
} = require('internal/validators');
const { codes: { ERR_INVALID_ARG_TYPE, ERR_OUT_OF_RANGE } } = require('internal/errors');

function bigintBytes(value) {
  let hex = value.toString(16);
  if (hex.length % 2 !== 0) hex = `0${hex}`;
  return Buffer.from(hex, 'hex');
}

function candidateBytes(candidate) {
  if (typeof candidate === 'bigint') {
    if (candidate < 0n) throw new ERR_OUT_OF_RANGE('candidate', '>= 0', candidate);
    return bigintBytes(candidate);
  }
  if (isArrayBufferView(candidate)) return new Uint8Array(candidate.buffer, candidate.byteOffset, candidate.byteLength);
  if (isAnyArrayBuffer(candidate)) return new Uint8Array(candidate);
  throw new ERR_INVALID_ARG_TYPE('candidate', ['ArrayBuffer', 'TypedArray', 'Buffer', 'DataView', 'bigint'],
    candidate);
}

function checksOf(options) {
  if (options === undefined) return 0;
  validateObject(options, 'options');
  if (options.checks === undefined) return 0;
  validateUint32(options.checks, 'options.checks');
  return options.checks;
}

function checkPrimeSync(candidate, options) {
  return binding.checkPrime(candidateBytes(candidate), checksOf(options));
}

function checkPrime(candidate, options, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = undefined;
  }
  const bytes = candidateBytes(candidate);
  const checks = checksOf(options);
  validateFunction(callback, 'callback');
  process.nextTick(() => callback(undefined, binding.checkPrime(bytes, checks)));
}

function residue(value, name) {
  if (value === undefined) return null;
  if (typeof value === 'bigint') return bigintBytes(value);
  return candidateBytes(value, name);
}

function primeArgs(size, options = {}) {
  validateInt32(size, 'size', 1);
  validateObject(options, 'options');
  const { safe = false, bigint = false, add, rem } = options;
  validateBoolean(safe, 'options.safe');
  validateBoolean(bigint, 'options.bigint');
  return { args: [size, safe, residue(add, 'options.add'), residue(rem, 'options.rem')], bigint };
}

function toResult(latin1, bigint) {
  const bytes = fromLatin1(latin1);
  if (bigint) return BigInt(`0x${bytes.toString('hex')}`);
  return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
}

function generatePrimeSync(size, options) {
  const { args, bigint } = primeArgs(size, options);
  return toResult(binding.generatePrime(...args, null), bigint);
}

function generatePrime(size, options, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = undefined;
  }
  const { args, bigint } = primeArgs(size, options);
  validateFunction(callback, 'callback');
  binding.generatePrime(...args, (err, latin1) => {
    if (err) callback(err);
    else callback(undefined, toResult(latin1, bigint));
  });
}

module.exports = { checkPrime, checkPrimeSync, generatePrime, generatePrimeSync };

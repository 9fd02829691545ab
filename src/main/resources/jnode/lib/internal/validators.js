'use strict';
// Argument validators shared by every module, so that error codes and messages are uniform.
// Most are one of two shapes: "typeof must be X" or "an integer within [low, high]".

const {
  codes: { ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE, ERR_OUT_OF_RANGE, ERR_SOCKET_BAD_PORT, ERR_UNKNOWN_SIGNAL },
} = require('internal/errors');

const INT32_MIN = -(2 ** 31);
const INT32_MAX = 2 ** 31 - 1;
const UINT32_MAX = 2 ** 32 - 1;

function isInt32(value) {
  return value === (value | 0);
}

function isUint32(value) {
  return value === (value >>> 0);
}

// Each compares typeof with a constant, which the compiler turns into a type test (these run on every write).
function validateString(value, name) {
  if (typeof value !== 'string') throw new ERR_INVALID_ARG_TYPE(name, 'string', value);
}

function validateBoolean(value, name) {
  if (typeof value !== 'boolean') throw new ERR_INVALID_ARG_TYPE(name, 'boolean', value);
}

function validateFunction(value, name) {
  if (typeof value !== 'function') throw new ERR_INVALID_ARG_TYPE(name, 'Function', value);
}

function requireNumber(value, name) {
  if (typeof value !== 'number') throw new ERR_INVALID_ARG_TYPE(name, 'number', value);
}

function requireIntegerWithin(value, name, low, high) {
  requireNumber(value, name);
  if (!Number.isInteger(value)) throw new ERR_OUT_OF_RANGE(name, 'an integer', value);
  if (value < low || value > high) throw new ERR_OUT_OF_RANGE(name, `>= ${low} && <= ${high}`, value);
}

const validateInteger = (value, name, low = Number.MIN_SAFE_INTEGER, high = Number.MAX_SAFE_INTEGER) =>
  requireIntegerWithin(value, name, low, high);
const validateInt32 = (value, name, low = INT32_MIN, high = INT32_MAX) =>
  requireIntegerWithin(value, name, low, high);
const validateUint32 = (value, name, positive = false) =>
  requireIntegerWithin(value, name, positive ? 1 : 0, UINT32_MAX);

// Any number, optionally bounded; with a bound given, NaN is out of range too.
// Any number, optionally bounded; with a bound given, NaN is out of range too.
function validateNumber(value, name, min = undefined, max = undefined) {
  requireNumber(value, name);
  const outOfRange = (min != null && !(value >= min)) || (max != null && !(value <= max));
  if (outOfRange) {
    const bounds = [];
    if (min != null) bounds.push(`>= ${min}`);
    if (max != null) bounds.push(`<= ${max}`);
    throw new ERR_OUT_OF_RANGE(name, bounds.join(' && '), value);
  }
}

function validateObject(value, name, options) {
  const { allowArray = false, allowFunction = false, nullable = false } = options ?? {};
  const acceptable = value === null ? nullable :
    Array.isArray(value) ? allowArray :
      typeof value === 'object' || (allowFunction && typeof value === 'function');
  if (!acceptable) throw new ERR_INVALID_ARG_TYPE(name, 'Object', value);
}

function validateArray(value, name, minLength = 0) {
  if (!Array.isArray(value)) throw new ERR_INVALID_ARG_TYPE(name, 'Array', value);
  if (value.length < minLength) throw new ERR_INVALID_ARG_VALUE(name, value, `must be longer than ${minLength}`);
}

function validateOneOf(value, name, choices) {
  if (choices.includes(value)) return;
  const listed = choices.map((choice) => (typeof choice === 'string' ? `'${choice}'` : String(choice)));
  throw new ERR_INVALID_ARG_VALUE(name, value, `must be one of: ${listed.join(', ')}`);
}

// Duck-typed like Node: anything object-like with an `aborted` property passes.
function validateAbortSignal(signal, name) {
  if (signal === undefined) return;
  if (signal === null || typeof signal !== 'object' || !('aborted' in signal)) {
    throw new ERR_INVALID_ARG_TYPE(name, 'AbortSignal', signal);
  }
}

// A port given as a number or a numeric string that is not blank; the number 0 only with allowZero.
function validatePort(port, name = 'Port', allowZero = true) {
  const numeric = typeof port === 'number' || (typeof port === 'string' && port.trim() !== '');
  const value = numeric ? Number(port) : NaN;
  if (!Number.isInteger(value) || value < 0 || value > 0xffff || (port === 0 && !allowZero)) {
    throw new ERR_SOCKET_BAD_PORT(name, port, allowZero);
  }
  return value;
}

const { signals } = require('internal/constants').os;

function validateSignalName(signal, name = 'signal') {
  validateString(signal, name);
  if (signals[signal] !== undefined) return;
  const hint = signals[signal.toUpperCase()] !== undefined ? ' (signals must use all capital letters)' : '';
  throw new ERR_UNKNOWN_SIGNAL(signal + hint);
}

module.exports = {
  isInt32,
  isUint32,
  validateAbortSignal,
  validateArray,
  validateInt32,
  validateInteger,
  validateNumber,
  validateObject,
  validateOneOf,
  validatePort,
  validateSignalName,
  validateUint32,
  validateString,
  validateBoolean,
  validateFunction,
};

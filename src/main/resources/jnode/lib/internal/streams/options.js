'use strict';
// High-water marks: the process-wide defaults and the reading of a stream's options.

const { codes: { ERR_INVALID_ARG_VALUE } } = require('internal/errors');
const { validateInteger } = require('internal/validators');

const defaults = { bytes: 64 * 1024, objects: 16 };

function getDefaultHighWaterMark(objectMode) {
  return objectMode ? defaults.objects : defaults.bytes;
}

function setDefaultHighWaterMark(objectMode, value) {
  validateInteger(value, 'value', 0);
  if (objectMode) defaults.objects = value;
  else defaults.bytes = value;
}

/**
 * The high-water mark a stream side gets from its options: `highWaterMark`, else (for a side of a Duplex)
 * the side's own option such as `readableHighWaterMark`, else the default. A Duplex names its side's option
 * in the error even when the bad value came from `highWaterMark`.
 */
function highWaterMarkFrom(options, duplexSideOption, objectMode) {
  const value = options == null ? undefined :
    options.highWaterMark ?? (duplexSideOption === undefined ? undefined : options[duplexSideOption]);
  if (value == null) return getDefaultHighWaterMark(objectMode);
  if (!Number.isInteger(value) || value < 0) {
    throw new ERR_INVALID_ARG_VALUE(`options.${duplexSideOption ?? 'highWaterMark'}`, value);
  }
  return value;
}

module.exports = { getDefaultHighWaterMark, setDefaultHighWaterMark, highWaterMarkFrom };

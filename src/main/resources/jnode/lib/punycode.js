'use strict';
// node:punycode (deprecated, DEP0040): the Bootstring encoding with Punycode's parameters, written from
// RFC 3492, behind the API of punycode.js 2.1.0 (the version Node bundles).

const { isInsideNodeModules } = require('internal/util/caller');

if (!isInsideNodeModules()) {
  process.emitWarning('The `punycode` module is deprecated. Please use a userland alternative instead.',
                      'DeprecationWarning', 'DEP0040');
}

// RFC 3492 section 5.
const PUNYCODE = Object.freeze({ base: 36, tMin: 1, tMax: 26, skew: 38, damp: 700, initialBias: 72, initialN: 0x80 });
const { base, tMin, tMax } = PUNYCODE;
// The RFC's integers are 32-bit signed; anything larger is an overflow.
const LARGEST = 2 ** 31 - 1;
const SEPARATOR = '-';

const failureMessages = {
  overflow: 'Overflow: input needs wider integers to process',
  notBasic: 'Illegal input >= 0x80 (not a basic code point)',
  invalidInput: 'Invalid input',
};
function fail(reason) {
  throw new RangeError(failureMessages[reason]);
}

// Digit values 0..25 are the letters (either case when reading), 26..35 the decimal digits.
const DIGITS = 'abcdefghijklmnopqrstuvwxyz0123456789';
const digitByCharCode = new Map();
for (let value = 0; value < base; value++) {
  digitByCharCode.set(DIGITS.charCodeAt(value), value);
  digitByCharCode.set(DIGITS[value].toUpperCase().charCodeAt(0), value);
}
const digitValue = (charCode) => digitByCharCode.get(charCode) ?? base;

// The threshold t for the digit at position k (RFC 3492 section 6.2/6.3), kept within [tMin, tMax].
const thresholdAt = (k, bias) => Math.min(Math.max(k - bias, tMin), tMax);

// RFC 3492 section 6.1: the bias for the next delta, so that its digits are spent where they are needed.
function adaptBias(delta, pointCount, isFirstDelta) {
  let scaled = isFirstDelta ? Math.floor(delta / PUNYCODE.damp) : Math.floor(delta / 2);
  scaled += Math.floor(scaled / pointCount);
  const roomy = ((base - tMin) * tMax) >> 1;
  let k = 0;
  for (; scaled > roomy; k += base) scaled = Math.floor(scaled / (base - tMin));
  return k + Math.floor(((base - tMin + 1) * scaled) / (scaled + PUNYCODE.skew));
}

// Reads one generalized variable-length integer (RFC 3492 section 3.3) at `pos`, adding it to `total`.
function readVariableInteger(input, pos, bias, total) {
  let weight = 1;
  let cursor = pos;
  for (let k = base; ; k += base) {
    if (cursor >= input.length) fail('invalidInput');
    const digit = digitValue(input.charCodeAt(cursor++));
    if (digit >= base) fail('invalidInput');
    if (digit > Math.floor((LARGEST - total) / weight)) fail('overflow');
    total += digit * weight;
    const t = thresholdAt(k, bias);
    if (digit < t) return { total, next: cursor };
    if (weight > Math.floor(LARGEST / (base - t))) fail('overflow');
    weight *= base - t;
  }
}

// Writes `value` as a generalized variable-length integer.
function writeVariableInteger(value, bias) {
  let written = '';
  let rest = value;
  for (let k = base; ; k += base) {
    const t = thresholdAt(k, bias);
    if (rest < t) return written + DIGITS[rest];
    written += DIGITS[t + ((rest - t) % (base - t))];
    rest = Math.floor((rest - t) / (base - t));
  }
}

/** The code points of a string; a lone surrogate stands for itself. */
function ucs2decode(string) {
  return Array.from(string, (character) => character.codePointAt(0));
}

function ucs2encode(codePoints) {
  return String.fromCodePoint(...codePoints);
}

/** Punycode (ASCII) to the string of code points it encodes (RFC 3492 section 6.2). */
function decode(input) {
  // Everything before the last separator is copied literally and must be ASCII.
  const literalEnd = Math.max(input.lastIndexOf(SEPARATOR), 0);
  const points = [];
  for (let at = 0; at < literalEnd; at++) {
    const code = input.charCodeAt(at);
    if (code >= 0x80) fail('notBasic');
    points.push(code);
  }
  let codePoint = PUNYCODE.initialN;
  let bias = PUNYCODE.initialBias;
  let insertAt = 0;
  let cursor = literalEnd > 0 ? literalEnd + 1 : 0;
  while (cursor < input.length) {
    const previous = insertAt;
    const { total, next } = readVariableInteger(input, cursor, bias, insertAt);
    cursor = next;
    const slots = points.length + 1;
    bias = adaptBias(total - previous, slots, previous === 0);
    const wraps = Math.floor(total / slots);
    if (wraps > LARGEST - codePoint) fail('overflow');
    codePoint += wraps;
    points.splice(total % slots, 0, codePoint);
    insertAt = (total % slots) + 1;
  }
  return String.fromCodePoint(...points);
}

/** A string to its Punycode (ASCII) form (RFC 3492 section 6.3). */
function encode(input) {
  const points = ucs2decode(input);
  const literal = points.filter((code) => code < 0x80);
  let output = literal.map((code) => String.fromCharCode(code)).join('');
  if (literal.length > 0) output += SEPARATOR;
  let codePoint = PUNYCODE.initialN;
  let bias = PUNYCODE.initialBias;
  let delta = 0;
  let done = literal.length;
  while (done < points.length) {
    // The smallest code point not yet handled.
    const smallest = points.reduce((best, code) => (code >= codePoint && code < best ? code : best), LARGEST);
    if (smallest - codePoint > Math.floor((LARGEST - delta) / (done + 1))) fail('overflow');
    delta += (smallest - codePoint) * (done + 1);
    codePoint = smallest;
    for (const code of points) {
      if (code < codePoint && ++delta > LARGEST) fail('overflow');
      if (code !== codePoint) continue;
      output += writeVariableInteger(delta, bias);
      bias = adaptBias(delta, done + 1, done === literal.length);
      delta = 0;
      done++;
    }
    delta++;
    codePoint++;
  }
  return output;
}

// Dots a domain may be written with: full stop, ideographic, fullwidth and halfwidth ideographic full stops.
const labelDots = /[.\u3002\uFF0E\uFF61]/g;

/** Converts each label of a domain, or of the part after "@" of an email address. */
function convertLabels(domain, convert) {
  const [beforeAt, afterAt] = domain.split('@');
  const [prefix, host] = afterAt === undefined ? ['', beforeAt] : [`${beforeAt}@`, afterAt];
  return prefix + host.replace(labelDots, '.').split('.').map(convert).join('.');
}

function toUnicode(input) {
  return convertLabels(input, (label) => (label.startsWith('xn--') ? decode(label.slice(4).toLowerCase()) : label));
}

function toASCII(input) {
  return convertLabels(input, (label) => (/[^\0-\x7F]/.test(label) ? `xn--${encode(label)}` : label));
}

module.exports = {
  version: '2.1.0',
  ucs2: { decode: ucs2decode, encode: ucs2encode },
  decode,
  encode,
  toASCII,
  toUnicode,
};

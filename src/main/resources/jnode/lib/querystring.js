'use strict';
// node:querystring: Node's lenient query-string codec (not the WHATWG form encoding: "+" is only decoded,
// ' ( ) * ! are left alone, repeated keys become arrays, the result has a null prototype).

const { asciiTable, encodeStr } = require('internal/querystring');

// What escape() leaves as it is: what encodeURIComponent leaves, as in Node.
const unescaped = asciiTable("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_.!~*'()");

function hexValue(code) {
  if (code >= 0x30 && code <= 0x39) return code - 0x30;
  const lower = code | 0x20;
  if (lower >= 0x61 && lower <= 0x66) return lower - 0x61 + 10;
  return -1;
}

/** Decodes %XX escapes (and "+" when decodeSpaces) into bytes; anything else is kept as its UTF-8 bytes. */
function unescapeBuffer(s, decodeSpaces) {
  const { Buffer } = require('buffer');
  const bytes = Buffer.from(`${s}`);
  const out = Buffer.allocUnsafe(bytes.length);
  let n = 0;
  for (let i = 0; i < bytes.length; i++) {
    const byte = bytes[i];
    let hi;
    let lo;
    if (byte === 0x2B && decodeSpaces) {
      out[n++] = 0x20;
    } else if (byte === 0x25 && i + 2 < bytes.length && (hi = hexValue(bytes[i + 1])) >= 0 &&
               (lo = hexValue(bytes[i + 2])) >= 0) {
      out[n++] = hi * 16 + lo;
      i += 2;
    } else {
      out[n++] = byte;
    }
  }
  return out.subarray(0, n);
}

function unescape(s, decodeSpaces) {
  try {
    return decodeURIComponent(s);
  } catch {
    return unescapeBuffer(s, decodeSpaces).toString();
  }
}

function escape(str) {
  if (typeof str !== 'string') {
    if (typeof str === 'object') str = String(str);
    else str += '';
  }
  return encodeStr(str, unescaped);
}

function stringifyPrimitive(value) {
  switch (typeof value) {
    case 'string': return value;
    case 'number': return Number.isFinite(value) ? `${value}` : '';
    case 'bigint': return `${value}`;
    case 'boolean': return value ? 'true' : 'false';
    default: return '';
  }
}

function stringify(obj, sep, eq, options) {
  sep ||= '&';
  eq ||= '=';
  const encode = typeof options?.encodeURIComponent === 'function' ? options.encodeURIComponent : qs.escape;
  if (obj === null || typeof obj !== 'object') return '';
  const fields = [];
  for (const key of Object.keys(obj)) {
    const value = obj[key];
    const prefix = encode(stringifyPrimitive(key)) + eq;
    if (Array.isArray(value)) {
      for (const item of value) fields.push(prefix + encode(stringifyPrimitive(item)));
    } else {
      fields.push(prefix + encode(stringifyPrimitive(value)));
    }
  }
  return fields.join(sep);
}

function decodeComponent(s, decode) {
  if (s.indexOf('+') !== -1) s = s.replaceAll('+', ' ');
  // The module's own decoder only has work to do where there is an escape.
  if (decode === unescape && s.indexOf('%') === -1) return s;
  try {
    return decode(s);
  } catch {
    return qs.unescape(s, true);
  }
}

function parse(qsText, sep, eq, options) {
  const obj = { __proto__: null };
  if (typeof qsText !== 'string' || qsText.length === 0) return obj;
  sep = sep ? String(sep) : '&';
  eq = eq ? String(eq) : '=';
  let maxKeys = 1000;
  if (options && typeof options.maxKeys === 'number') maxKeys = options.maxKeys;
  const decode = typeof options?.decodeURIComponent === 'function' ? options.decodeURIComponent : qs.unescape;
  let segments = qsText.split(sep);
  if (maxKeys > 0 && segments.length > maxKeys) segments = segments.slice(0, maxKeys);
  for (const segment of segments) {
    if (segment === '') continue;
    const at = segment.indexOf(eq);
    const key = decodeComponent(at === -1 ? segment : segment.slice(0, at), decode);
    const value = decodeComponent(at === -1 ? '' : segment.slice(at + eq.length), decode);
    const existing = obj[key];
    if (existing === undefined) obj[key] = value;
    else if (Array.isArray(existing)) existing.push(value);
    else obj[key] = [existing, value];
  }
  return obj;
}

// Users may replace escape/unescape on the module object, and stringify/parse then use theirs, as in Node.
const qs = module.exports = {
  unescapeBuffer,
  unescape,
  escape,
  stringify,
  encode: stringify,
  parse,
  decode: parse,
};

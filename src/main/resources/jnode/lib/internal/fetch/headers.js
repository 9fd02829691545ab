'use strict';
// The Fetch standard's Headers: a list of (name, value) pairs with lower-cased names, values stripped of
// surrounding HTTP whitespace, iterated sorted with repeated names combined (set-cookie excepted), and the
// error messages Node's fetch (undici) gives.

const { inspect } = require('internal/util/inspect');

const tokenPattern = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;
// A value may not contain NUL, CR or LF (after stripping); other bytes up to 0xFF are allowed.
const invalidValuePattern = /[\0\r\n]/;
const httpWhitespace = /^[\t\n\r ]+|[\t\n\r ]+$/g;

function byteString(value, where) {
  if (typeof value === 'symbol') {
    throw new TypeError(`${where}: Key ${String(value)} in init is a symbol, which cannot be converted to a ByteString.`);
  }
  const text = `${value}`;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code > 255) {
      throw new TypeError(`Cannot convert argument to a ByteString because the character at index ${i} has a value of ${code} which is greater than 255.`);
    }
  }
  return text;
}

function checkName(name, where) {
  if (!tokenPattern.test(name)) throw new TypeError(`${where}: "${name}" is an invalid header name.`);
}

function normalizeValue(value, where) {
  const stripped = value.replace(httpWhitespace, '');
  if (invalidValuePattern.test(stripped)) throw new TypeError(`${where}: "${stripped}" is an invalid header value.`);
  return stripped;
}

const kList = Symbol('headers list');
// 'immutable' for the headers of a fetched response, Response.error() and Response.redirect(); else 'none'.
const kGuard = Symbol('headers guard');

function checkMutable(headers) {
  if (headers[kGuard] === 'immutable') throw new TypeError('immutable');
}

function fillHeaders(headers, init) {
  const where = 'Headers constructor';
  if (init === null || (typeof init !== 'object' && typeof init !== 'function')) {
    throw new TypeError(`${where}: Argument 1 could not be converted to one of: sequence<sequence<ByteString>>, record<ByteString, ByteString>.`);
  }
  if (typeof init[Symbol.iterator] === 'function') {
    for (const pair of init) {
      const entry = Array.from(pair);
      if (entry.length !== 2) {
        throw new TypeError(`${where}: expected name/value pair to be length 2, found ${entry.length}.`);
      }
      appendTo(headers, byteString(entry[0], where), byteString(entry[1], where), 'Headers.append');
    }
  } else {
    for (const key of Reflect.ownKeys(init)) {
      const descriptor = Reflect.getOwnPropertyDescriptor(init, key);
      if (descriptor === undefined || !descriptor.enumerable) continue;
      appendTo(headers, byteString(key, where), byteString(init[key], where), 'Headers.append');
    }
  }
}

class Headers {
  constructor(init = undefined) {
    // name (lower-case) -> { name: as first given, values: [...] }, in insertion order.
    this[kList] = new Map();
    this[kGuard] = 'none';
    if (init !== undefined) fillHeaders(this, init);
  }

  append(name, value) {
    checkMutable(this);
    appendTo(this, byteString(name, 'Headers.append'), byteString(value, 'Headers.append'), 'Headers.append');
  }

  set(name, value) {
    checkMutable(this);
    name = byteString(name, 'Headers.set');
    checkName(name, 'Headers.set');
    value = normalizeValue(byteString(value, 'Headers.set'), 'Headers.set');
    const key = name.toLowerCase();
    const existing = this[kList].get(key);
    if (existing !== undefined) existing.values = [value];
    else this[kList].set(key, { name, values: [value] });
  }

  delete(name) {
    checkMutable(this);
    name = byteString(name, 'Headers.delete');
    checkName(name, 'Headers.delete');
    this[kList].delete(name.toLowerCase());
  }

  get(name) {
    name = byteString(name, 'Headers.get');
    checkName(name, 'Headers.get');
    const entry = this[kList].get(name.toLowerCase());
    return entry === undefined ? null : entry.values.join(', ');
  }

  has(name) {
    name = byteString(name, 'Headers.has');
    checkName(name, 'Headers.has');
    return this[kList].has(name.toLowerCase());
  }

  getSetCookie() {
    return this[kList].get('set-cookie')?.values.slice() ?? [];
  }

  forEach(callback, thisArg = undefined) {
    for (const [name, value] of this) callback.call(thisArg, value, name, this);
  }

  keys() {
    return new HeadersIterator(this, 'key');
  }

  values() {
    return new HeadersIterator(this, 'value');
  }

  entries() {
    return new HeadersIterator(this, 'key+value');
  }

  [inspect.custom](depth, options) {
    const shown = {};
    for (const { name, values } of this[kList].values()) shown[name] = values.join(', ');
    return `Headers ${inspect(shown, { ...options, depth: options.depth === null ? null : options.depth - 1 })}`;
  }
}
Headers.prototype[Symbol.iterator] = Headers.prototype.entries;
Object.defineProperty(Headers.prototype, Symbol.toStringTag, { value: 'Headers', configurable: true });

// Iterates the sorted, combined view, taken afresh at each step so that changes during iteration are seen.
const IteratorPrototype = Object.getPrototypeOf(Object.getPrototypeOf([][Symbol.iterator]()));
const kTarget = Symbol('target');
const kKind = Symbol('kind');
const kIndex = Symbol('index');

class HeadersIterator {
  constructor(target, kind) {
    this[kTarget] = target;
    this[kKind] = kind;
    this[kIndex] = 0;
  }

  next() {
    const pairs = sortedPairs(this[kTarget]);
    if (this[kIndex] >= pairs.length) return { value: undefined, done: true };
    const [name, value] = pairs[this[kIndex]++];
    const kind = this[kKind];
    return { value: kind === 'key' ? name : kind === 'value' ? value : [name, value], done: false };
  }
}
Object.setPrototypeOf(HeadersIterator.prototype, IteratorPrototype);
Object.defineProperty(HeadersIterator.prototype, Symbol.toStringTag, { value: 'Headers Iterator', configurable: true });

function appendTo(headers, name, value, where) {
  checkName(name, where);
  value = normalizeValue(value, where);
  const key = name.toLowerCase();
  const existing = headers[kList].get(key);
  if (existing !== undefined) existing.values.push(value);
  else headers[kList].set(key, { name, values: [value] });
}

function sortedPairs(headers) {
  const names = [...headers[kList].keys()].sort();
  const pairs = [];
  for (const name of names) {
    const { values } = headers[kList].get(name);
    if (name === 'set-cookie') for (const value of values) pairs.push([name, value]);
    else pairs.push([name, values.join(', ')]);
  }
  return pairs;
}

// For fetch: the pairs to send, with each name as first given and in insertion order (set-cookie kept apart).
function headerFields(headers) {
  const fields = [];
  for (const [key, { name, values }] of headers[kList]) {
    if (key === 'set-cookie') for (const value of values) fields.push([name, value]);
    else fields.push([name, values.join(', ')]);
  }
  return fields;
}

// A copy keeping each name's first-given case and the insertion order (iterating sorts and lower-cases).
function copyHeaders(headers) {
  const copy = new Headers();
  for (const [key, { name, values }] of headers[kList]) copy[kList].set(key, { name, values: values.slice() });
  return copy;
}

function guardOf(headers) {
  return headers[kGuard];
}

function setGuard(headers, guard) {
  headers[kGuard] = guard;
  return headers;
}

// Appends a field received from the network or set by fetch itself, without the mutability check.
function appendField(headers, name, value) {
  appendTo(headers, name, value, 'Headers.append');
}

function deleteField(headers, name) {
  headers[kList].delete(name.toLowerCase());
}

module.exports = { Headers, byteString, fillHeaders, copyHeaders, headerFields, guardOf, setGuard, appendField, deleteField };

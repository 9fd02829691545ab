'use strict';
// The XHR standard's FormData: an ordered list of (name, value) entries whose values are strings or Files,
// with undici's argument errors and inspect output. Also its multipart/form-data serialization (a fetch body)
// and the parsing Body#formData() does.

const { codedError } = require('internal/errors');
const { isBlob, blobBytes } = require('internal/blob');
const { File } = require('internal/file');
const { inspect } = require('internal/util/inspect');

const kEntries = Symbol('form data entries');

function entriesOf(self) {
  if (self === null || typeof self !== 'object' || !(kEntries in self)) {
    throw codedError('ERR_INVALID_THIS', 'Illegal invocation');
  }
  return self[kEntries];
}

function requireArguments(where, given, needed) {
  if (given < needed) {
    const found = given === 0 ? '0 found' : `only ${given} found`;
    throw new TypeError(`${where}: ${needed} argument${needed > 1 ? 's' : ''} required, but ${found}.`);
  }
}

// A USVString: lone surrogates become U+FFFD.
function usvString(value) {
  return `${value}`.toWellFormed();
}

// The entry the standard's "create an entry" makes: Blobs become Files, named by `filename` when given.
function makeEntry(name, value, filename, where, argumentCount) {
  name = usvString(name);
  if (argumentCount > 2 && !isBlob(value)) {
    const shown = typeof value === 'string' ? `"${value}"` : typeof value === 'symbol' ? value.toString() : `${value}`;
    throw new TypeError(`${where}: Expected value ("${shown}") to be an instance of Blob.`);
  }
  if (!isBlob(value)) return { name, value: usvString(value) };
  if (value instanceof File && filename === undefined) return { name, value };
  const options = { type: value.type };
  if (value instanceof File) options.lastModified = value.lastModified;
  const fileName = filename !== undefined ? usvString(filename) : value instanceof File ? value.name : 'blob';
  return { name, value: new File([value], fileName, options) };
}

class FormData {
  constructor(form = undefined) {
    if (form !== undefined) {
      throw new TypeError('FormData constructor: Argument 1 could not be converted to: undefined.');
    }
    this[kEntries] = [];
  }

  append(name, value, filename = undefined) {
    const entries = entriesOf(this);
    requireArguments('FormData.append', arguments.length, 2);
    entries.push(makeEntry(name, value, filename, 'FormData.append', arguments.length));
  }

  set(name, value, filename = undefined) {
    const entries = entriesOf(this);
    requireArguments('FormData.set', arguments.length, 2);
    const entry = makeEntry(name, value, filename, 'FormData.set', arguments.length);
    const first = entries.findIndex((existing) => existing.name === entry.name);
    if (first === -1) {
      entries.push(entry);
      return;
    }
    entries[first] = entry;
    this[kEntries] = entries.filter((existing, index) => index <= first || existing.name !== entry.name);
  }

  delete(name) {
    const entries = entriesOf(this);
    requireArguments('FormData.delete', arguments.length, 1);
    name = usvString(name);
    this[kEntries] = entries.filter((entry) => entry.name !== name);
  }

  get(name) {
    const entries = entriesOf(this);
    requireArguments('FormData.get', arguments.length, 1);
    name = usvString(name);
    const found = entries.find((entry) => entry.name === name);
    return found === undefined ? null : found.value;
  }

  getAll(name) {
    const entries = entriesOf(this);
    requireArguments('FormData.getAll', arguments.length, 1);
    name = usvString(name);
    return entries.filter((entry) => entry.name === name).map((entry) => entry.value);
  }

  has(name) {
    const entries = entriesOf(this);
    requireArguments('FormData.has', arguments.length, 1);
    name = usvString(name);
    return entries.some((entry) => entry.name === name);
  }

  keys() {
    return new FormDataIterator(this, 'key');
  }

  values() {
    return new FormDataIterator(this, 'value');
  }

  entries() {
    return new FormDataIterator(this, 'key+value');
  }

  forEach(callback, thisArg = undefined) {
    entriesOf(this);
    if (typeof callback !== 'function') {
      throw new TypeError("Failed to execute 'forEach' on 'FormData': parameter 1 is not of type 'Function'.");
    }
    for (const [name, value] of this) callback.call(thisArg, value, name, this);
  }

  [inspect.custom](depth, options) {
    const shown = {};
    for (const { name, value } of entriesOf(this)) {
      if (!Object.hasOwn(shown, name)) shown[name] = value;
      else if (Array.isArray(shown[name])) shown[name].push(value);
      else shown[name] = [shown[name], value];
    }
    return `FormData ${inspect(shown, { ...options, depth: options.depth === null ? null : options.depth - 1 })}`;
  }
}
FormData.prototype[Symbol.iterator] = FormData.prototype.entries;
Object.defineProperty(FormData.prototype, Symbol.toStringTag, { value: 'FormData', configurable: true });

const IteratorPrototype = Object.getPrototypeOf(Object.getPrototypeOf([][Symbol.iterator]()));
const kTarget = Symbol('target');
const kKind = Symbol('kind');
const kIndex = Symbol('index');

// Reads the live list at each step, so entries added or removed during iteration are seen.
class FormDataIterator {
  constructor(target, kind) {
    entriesOf(target);
    this[kTarget] = target;
    this[kKind] = kind;
    this[kIndex] = 0;
  }

  next() {
    const entries = this[kTarget][kEntries];
    if (this[kIndex] >= entries.length) return { value: undefined, done: true };
    const { name, value } = entries[this[kIndex]++];
    const kind = this[kKind];
    return { value: kind === 'key' ? name : kind === 'value' ? value : [name, value], done: false };
  }
}
Object.setPrototypeOf(FormDataIterator.prototype, IteratorPrototype);
Object.defineProperty(FormDataIterator.prototype, Symbol.toStringTag, {
  value: 'FormData Iterator', configurable: true,
});

// ---- multipart/form-data (RFC 7578, as browsers and undici write it) ----

const encoder = new TextEncoder();

function escapeDispositionName(name) {
  return name.replace(/\n/g, '%0A').replace(/\r/g, '%0D').replace(/"/g, '%22');
}

function normalizeLineBreaks(text) {
  return text.replace(/\r(?!\n)|(?<!\r)\n/g, '\r\n');
}

// The body bytes and the boundary (undici's form: dashes, "formdata-undici-0" and 11 random digits).
function serializeMultipart(formData) {
  const boundary = `----formdata-undici-0${`${Math.floor(Math.random() * 1e11)}`.padStart(11, '0')}`;
  const chunks = [];
  for (const { name, value } of entriesOf(formData)) {
    let head = `--${boundary}\r\nContent-Disposition: form-data; name="${escapeDispositionName(normalizeLineBreaks(name))}"`;
    if (typeof value === 'string') {
      chunks.push(encoder.encode(`${head}\r\n\r\n${normalizeLineBreaks(value)}\r\n`));
    } else {
      head += `; filename="${escapeDispositionName(value.name)}"\r\n`;
      head += `Content-Type: ${value.type || 'application/octet-stream'}\r\n\r\n`;
      chunks.push(encoder.encode(head), blobBytes(value), encoder.encode('\r\n'));
    }
  }
  chunks.push(encoder.encode(`--${boundary}--\r\n`));
  let length = 0;
  for (const chunk of chunks) length += chunk.byteLength;
  const bytes = new Uint8Array(length);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return { bytes, boundary };
}

function indexOfBytes(haystack, needle, from) {
  const first = needle[0];
  outer:
  for (let i = haystack.indexOf(first, from); i !== -1 && i + needle.length <= haystack.length;
    i = haystack.indexOf(first, i + 1)) {
    for (let j = 1; j < needle.length; j++) if (haystack[i + j] !== needle[j]) continue outer;
    return i;
  }
  return -1;
}

const utf8 = new TextDecoder();

function dispositionParameter(disposition, parameter) {
  const match = new RegExp(`;\\s*${parameter}="((?:[^"\\\\]|\\\\.)*)"`, 'i').exec(disposition) ??
    new RegExp(`;\\s*${parameter}=([^;\\s]*)`, 'i').exec(disposition);
  return match === null ? undefined : match[1].replace(/%22/g, '"').replace(/%0D/g, '\r').replace(/%0A/g, '\n');
}

function malformed() {
  return new TypeError('Failed to parse body as FormData.');
}

// Parses a multipart/form-data body into a FormData; files become Files with their part's Content-Type.
function parseMultipart(bytes, boundary) {
  const formData = new FormData();
  const delimiter = encoder.encode(`--${boundary}`);
  let position = indexOfBytes(bytes, delimiter, 0);
  if (position === -1) throw malformed();
  for (;;) {
    position += delimiter.length;
    if (bytes[position] === 0x2d && bytes[position + 1] === 0x2d) return formData;
    if (bytes[position] !== 0x0d || bytes[position + 1] !== 0x0a) throw malformed();
    position += 2;
    const headEnd = indexOfBytes(bytes, encoder.encode('\r\n\r\n'), position);
    if (headEnd === -1) throw malformed();
    const fields = {};
    for (const line of utf8.decode(bytes.subarray(position, headEnd)).split('\r\n')) {
      const colon = line.indexOf(':');
      if (colon > 0) fields[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
    }
    const bodyStart = headEnd + 4;
    const next = indexOfBytes(bytes, encoder.encode(`\r\n--${boundary}`), bodyStart);
    if (next === -1) throw malformed();
    const disposition = fields['content-disposition'];
    const name = disposition === undefined ? undefined : dispositionParameter(disposition, 'name');
    if (name === undefined) throw malformed();
    const content = bytes.slice(bodyStart, next);
    const filename = dispositionParameter(disposition, 'filename');
    if (filename === undefined) {
      formData.append(name, utf8.decode(content));
    } else {
      const type = fields['content-type'] ?? 'application/octet-stream';
      formData.append(name, new File([content], filename, { type }));
    }
    position = next + 2;
  }
}

function parseUrlEncoded(text) {
  const formData = new FormData();
  for (const [name, value] of new URLSearchParams(text)) formData.append(name, value);
  return formData;
}

module.exports = { FormData, serializeMultipart, parseMultipart, parseUrlEncoded };

'use strict';
// Blob (W3C File API §3): immutable bytes with a MIME type. The bytes are kept as the list of parts they
// were made from (stream() hands them out part by part, as Node does); slices share the parts' memory, since
// no operation ever writes to it.

const {
  codedError,
  codes: { ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE, ERR_INVALID_THIS },
} = require('internal/errors');
const { isAnyArrayBuffer, isArrayBufferView } = require('internal/util/types');
const { kCloneSelf } = require('internal/structured_clone');

const kBlob = Symbol('kBlob');
const kInspectedFields = Symbol('kInspectedFields');
const customInspect = Symbol.for('nodejs.util.inspect.custom');

let encoder;
function encodeString(text) {
  encoder ??= new TextEncoder();
  return encoder.encode(text);
}

// The File API's type rule: printable ASCII only, lowercased; anything else makes the type empty.
function normalizeType(type) {
  const text = `${type}`;
  return /^[\x20-\x7E]*$/.test(text) ? text.toLowerCase() : '';
}

// The parts one constructor argument contributes: a Blob gives its own parts.
function partsOf(part, endings) {
  if (isBlob(part)) return part[kBlob].parts;
  if (isAnyArrayBuffer(part)) return [new Uint8Array(part.slice(0))];
  if (isArrayBufferView(part)) {
    return [new Uint8Array(part.buffer.slice(part.byteOffset, part.byteOffset + part.byteLength))];
  }
  let text = `${part}`;
  if (endings === 'native') text = text.replace(/\r\n|\r/g, '\n');
  return [encodeString(text)];
}

function dictionary(options) {
  if (options === undefined || options === null) return {};
  if (typeof options !== 'object' && typeof options !== 'function') {
    throw new ERR_INVALID_ARG_TYPE('options', 'a dictionary', options);
  }
  return options;
}

function collectParts(blobParts, endings) {
  if (blobParts === undefined) return [];
  if (blobParts === null || typeof blobParts !== 'object' || typeof blobParts[Symbol.iterator] !== 'function') {
    throw codedError('ERR_INVALID_ARG_TYPE', 'Value cannot be converted to sequence.');
  }
  const parts = [];
  for (const part of blobParts) {
    for (const bytes of partsOf(part, endings)) if (bytes.byteLength > 0) parts.push(bytes);
  }
  return parts;
}

function sizeOf(parts) {
  let size = 0;
  for (const part of parts) size += part.byteLength;
  return size;
}

function joinParts(parts, size) {
  const joined = new Uint8Array(size);
  let offset = 0;
  for (const part of parts) {
    joined.set(part, offset);
    offset += part.byteLength;
  }
  return joined;
}

// The parts covering bytes [from, to), as views into the originals.
function sliceParts(parts, from, to) {
  const result = [];
  let offset = 0;
  for (const part of parts) {
    const start = Math.max(from - offset, 0);
    const end = Math.min(to - offset, part.byteLength);
    if (start < end) result.push(part.subarray(start, end));
    offset += part.byteLength;
    if (offset >= to) break;
  }
  return result;
}

function blobState(self) {
  if (self === null || typeof self !== 'object' || !(kBlob in self)) throw new ERR_INVALID_THIS('Blob');
  return self[kBlob];
}

function rejectUnlessBlob(self) {
  try {
    return blobState(self);
  } catch (err) {
    return err;
  }
}

class Blob {
  constructor(blobParts = undefined, options = undefined) {
    const opts = dictionary(options);
    let endings = 'transparent';
    if (opts.endings !== undefined) {
      endings = `${opts.endings}`;
      if (endings !== 'transparent' && endings !== 'native') {
        throw new ERR_INVALID_ARG_VALUE('options.endings', opts.endings);
      }
    }
    const parts = collectParts(blobParts, endings);
    this[kBlob] = { parts, size: sizeOf(parts), type: opts.type === undefined ? '' : normalizeType(opts.type) };
  }

  get type() {
    return blobState(this).type;
  }

  get size() {
    return blobState(this).size;
  }

  slice(start = undefined, end = undefined, contentType = undefined) {
    const { parts, size } = blobState(this);
    const clamp = (value, fallback) => {
      if (value === undefined) return fallback;
      const n = Math.trunc(Number(value)) || 0;
      return n < 0 ? Math.max(size + n, 0) : Math.min(n, size);
    };
    const from = clamp(start, 0);
    const to = Math.max(clamp(end, size), from);
    const type = contentType === undefined ? '' : normalizeType(contentType);
    return createBlob(sliceParts(parts, from, to), to - from, type);
  }

  arrayBuffer() {
    const state = rejectUnlessBlob(this);
    if (state instanceof Error) return Promise.reject(state);
    return Promise.resolve(joinParts(state.parts, state.size).buffer);
  }

  // As in Node, text() and bytes() settle a tick after arrayBuffer().
  text() {
    return Blob.prototype.arrayBuffer.call(this).then((buffer) => new TextDecoder().decode(buffer));
  }

  bytes() {
    return Blob.prototype.arrayBuffer.call(this).then((buffer) => new Uint8Array(buffer));
  }

  stream() {
    const { parts } = blobState(this);
    const { createReadableByteStream, byteControllerEnqueue, byteControllerClose } =
      require('internal/webstreams/readablestream');
    let next = 0;
    const pull = () => {
      if (next < parts.length) byteControllerEnqueue(stream.controller, parts[next++].slice());
      if (next === parts.length) byteControllerClose(stream.controller);
      return Promise.resolve();
    };
    const stream = createReadableByteStream(() => undefined, pull, () => Promise.resolve());
    return stream.wrapper;
  }

  [kCloneSelf]() {
    const { parts, size, type } = blobState(this);
    return createBlob(parts, size, type);
  }

  [customInspect](depth, options) {
    if (depth < 0) return this;
    const { inspect } = require('internal/util/inspect');
    const opts = { ...options, depth: options.depth === null ? null : options.depth - 1 };
    return `${this.constructor.name} ${inspect(this[kInspectedFields](), opts)}`;
  }

  // What inspect shows; File adds its own fields.
  [kInspectedFields]() {
    return { size: this.size, type: this.type };
  }
}


// A Blob's bytes, synchronously: its parts live in memory (fetch builds request bodies from them).
function blobBytes(blob) {
  const { parts, size } = blobState(blob);
  return joinParts(parts, size);
}

function createBlob(parts, size, type) {
  const blob = Object.create(Blob.prototype);
  blob[kBlob] = { parts, size, type };
  return blob;
}

for (const name of ['type', 'size', 'slice', 'arrayBuffer', 'text', 'bytes', 'stream']) {
  Object.defineProperty(Blob.prototype, name, {
    ...Object.getOwnPropertyDescriptor(Blob.prototype, name),
    enumerable: true,
  });
}
Object.defineProperty(Blob.prototype, Symbol.toStringTag, { value: 'Blob', configurable: true });

function isBlob(value) {
  return value !== null && typeof value === 'object' && kBlob in value;
}

// blob: URLs of URL.createObjectURL, as Node spells them: blob:nodedata:<uuid>.
const kObjectURLPrefix = 'blob:nodedata:';
const objectURLs = new Map();

function randomUUID() {
  const bytes = new Uint8Array(16);
  for (let i = 0; i < 16; i++) bytes[i] = Math.floor(Math.random() * 256);
  bytes[6] = (bytes[6] & 0x0f) | 0x40;
  bytes[8] = (bytes[8] & 0x3f) | 0x80;
  const hex = Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

function createObjectURL(blob) {
  if (!isBlob(blob)) throw new ERR_INVALID_ARG_TYPE('obj', 'Blob', blob);
  let id;
  do id = randomUUID(); while (objectURLs.has(id));
  objectURLs.set(id, blob);
  return `${kObjectURLPrefix}${id}`;
}

// The id is the URL's path, without any fragment or query.
function objectURLId(url) {
  if (!url.startsWith(kObjectURLPrefix)) return undefined;
  return url.slice(kObjectURLPrefix.length).split(/[#?]/)[0];
}

function revokeObjectURL(url) {
  const id = objectURLId(url);
  if (id !== undefined) objectURLs.delete(id);
}

function resolveObjectURL(url) {
  const id = objectURLId(`${url}`);
  const blob = id === undefined ? undefined : objectURLs.get(id);
  if (blob === undefined) return undefined;
  const { parts, size, type } = blob[kBlob];
  return createBlob(parts, size, type);
}

module.exports = {
  createObjectURL,
  revokeObjectURL,
  resolveObjectURL, Blob, isBlob, kBlob, kInspectedFields, createBlob, blobBytes };

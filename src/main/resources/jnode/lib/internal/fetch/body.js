'use strict';
// The Fetch standard's bodies: extracting one from what a Request or Response is given (with its default
// Content-Type), the body mixin (arrayBuffer, bytes, blob, formData, json, text, body, bodyUsed) and cloning.
//
// A body given as bytes keeps them, and makes its ReadableStream only when someone asks for `body`; consuming
// it then skips the stream. A body from a stream (a ReadableStream, an async iterable, the network) has no bytes.

const { codedError } = require('internal/errors');
const { Blob, isBlob, blobBytes } = require('internal/blob');
const { kState } = require('internal/webstreams/util');
const { ReadableStream } = require('internal/webstreams/readablestream');
const { isAnyArrayBuffer, isArrayBufferView } = require('internal/util/types');

const encoder = new TextEncoder();

class BodyRecord {
  constructor(stream, bytes) {
    this.stream = stream;
    this.bytes = bytes;
    // Set when the bytes were consumed without a stream, or the body moved to another Request.
    this.consumed = false;
  }
}

function illegalInvocation() {
  return codedError('ERR_INVALID_THIS', 'Illegal invocation');
}

function copyOfView(view) {
  return new Uint8Array(view.buffer.slice(view.byteOffset, view.byteOffset + view.byteLength));
}

function streamOfBytes(bytes) {
  return new ReadableStream({
    type: 'bytes',
    pull(controller) {
      if (bytes.byteLength > 0) controller.enqueue(bytes.slice());
      controller.close();
    },
  });
}

// A byte stream over an async iterable's chunks (strings are UTF-8 encoded).
function streamOfIterable(iterable) {
  let iterator;
  return new ReadableStream({
    type: 'bytes',
    start() {
      iterator = iterable[Symbol.asyncIterator]();
    },
    async pull(controller) {
      const { value, done } = await iterator.next();
      if (done) {
        controller.close();
        controller.byobRequest?.respond(0);
        return;
      }
      // Anything else goes through Buffer.from, whose error undici's users see for a bad chunk.
      if (isArrayBufferView(value)) controller.enqueue(copyOfView(value));
      else controller.enqueue(new Uint8Array(require('buffer').Buffer.from(value)));
    },
    async cancel(reason) {
      await iterator.return?.(reason);
    },
  });
}

function isDisturbedOrLocked(stream) {
  const slots = stream[kState];
  return slots.disturbed || slots.reader !== undefined;
}

/**
 * The standard's "extract a body": `{ body, type }`, where `type` is the Content-Type the body implies (or
 * null). Strings, buffers, Blobs, URLSearchParams and FormData become bytes; streams stay streams.
 */
function extractBody(object, keepalive = false) {
  const { FormData, serializeMultipart } = require('internal/fetch/formdata');
  if (typeof object === 'string') {
    return { body: new BodyRecord(null, encoder.encode(object)), type: 'text/plain;charset=UTF-8' };
  }
  if (object instanceof URLSearchParams) {
    return {
      body: new BodyRecord(null, encoder.encode(`${object}`)),
      type: 'application/x-www-form-urlencoded;charset=UTF-8',
    };
  }
  if (isAnyArrayBuffer(object)) return { body: new BodyRecord(null, new Uint8Array(object.slice(0))), type: null };
  if (isArrayBufferView(object)) return { body: new BodyRecord(null, copyOfView(object)), type: null };
  if (isBlob(object)) return { body: new BodyRecord(null, blobBytes(object)), type: object.type || null };
  if (object instanceof FormData) {
    const { bytes, boundary } = serializeMultipart(object);
    return { body: new BodyRecord(null, bytes), type: `multipart/form-data; boundary=${boundary}` };
  }
  if (object instanceof ReadableStream) {
    if (keepalive) throw new TypeError('keepalive');
    if (isDisturbedOrLocked(object)) throw new TypeError('Response body object should not be disturbed or locked');
    return { body: new BodyRecord(object, null), type: null };
  }
  if (object !== null && typeof object === 'object' && typeof object[Symbol.asyncIterator] === 'function') {
    if (keepalive) throw new TypeError('keepalive');
    return { body: new BodyRecord(streamOfIterable(object), null), type: null };
  }
  return { body: new BodyRecord(null, encoder.encode(`${object}`)), type: 'text/plain;charset=UTF-8' };
}

function bodyStream(record) {
  if (record.stream === null) record.stream = streamOfBytes(record.bytes);
  return record.stream;
}

function isBodyUsed(record) {
  return record !== null && (record.consumed || (record.stream !== null && record.stream[kState].disturbed));
}

function isBodyUnusable(record) {
  return record !== null && (record.consumed || (record.stream !== null && isDisturbedOrLocked(record.stream)));
}

// Two bodies reading the same content: a tee of the stream, or the same (never mutated) bytes.
function cloneBody(record) {
  if (record.stream === null) return new BodyRecord(null, record.bytes);
  const [first, second] = record.stream.tee();
  record.stream = first;
  return new BodyRecord(second, record.bytes);
}

// Takes the body away from `record` for another Request, leaving the original used.
function transferBody(record) {
  const moved = new BodyRecord(record.stream, record.bytes);
  record.consumed = true;
  return moved;
}

async function readAllBytes(stream) {
  const reader = stream.getReader();
  const chunks = [];
  let length = 0;
  for (;;) {
    const { value, done } = await reader.read();
    if (done) break;
    if (!(value instanceof Uint8Array)) throw new TypeError('Received non-Uint8Array chunk');
    chunks.push(value);
    length += value.byteLength;
  }
  const bytes = new Uint8Array(length);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}

// Resolves with the whole body (empty for a null body); rejects when it was used or is locked.
async function consumeBody(record) {
  if (isBodyUnusable(record)) throw new TypeError('Body is unusable: Body has already been read');
  if (record === null) return new Uint8Array(0);
  if (record.stream === null) {
    record.consumed = true;
    return record.bytes.slice(); // clones share the bytes
  }
  return readAllBytes(record.stream);
}

function essenceAndParameters(contentType) {
  if (contentType === null) return { essence: '', boundary: undefined };
  const [essence, ...parameters] = contentType.split(';');
  let boundary;
  for (const parameter of parameters) {
    const equals = parameter.indexOf('=');
    if (equals !== -1 && parameter.slice(0, equals).trim().toLowerCase() === 'boundary') {
      boundary = parameter.slice(equals + 1).trim().replace(/^"(.*)"$/, '$1');
    }
  }
  return { essence: essence.trim().toLowerCase(), boundary };
}

const utf8 = new TextDecoder();

/**
 * Gives `Class.prototype` the body mixin. `access(self)` returns `{ body, headers }` of an instance and
 * throws Illegal invocation for anything else.
 */
function mixinBody(Class, access) {
  const consume = (self, convert) => {
    let state;
    try {
      state = access(self);
    } catch (err) {
      return Promise.reject(err);
    }
    return consumeBody(state.body).then((bytes) => convert(bytes, state.headers));
  };
  const methods = {
    blob() {
      return consume(this, (bytes, headers) => new Blob([bytes], { type: headers.get('content-type') ?? '' }));
    },
    arrayBuffer() {
      return consume(this, (bytes) => (bytes.byteLength === bytes.buffer.byteLength ?
        bytes.buffer : bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength)));
    },
    text() {
      return consume(this, (bytes) => utf8.decode(bytes));
    },
    json() {
      return consume(this, (bytes) => JSON.parse(utf8.decode(bytes)));
    },
    formData() {
      return consume(this, (bytes, headers) => {
        const { parseMultipart, parseUrlEncoded } = require('internal/fetch/formdata');
        const { essence, boundary } = essenceAndParameters(headers.get('content-type'));
        if (essence === 'multipart/form-data' && boundary !== undefined) return parseMultipart(bytes, boundary);
        if (essence === 'application/x-www-form-urlencoded') return parseUrlEncoded(utf8.decode(bytes));
        throw new TypeError('Content-Type was not one of "multipart/form-data" or "application/x-www-form-urlencoded".');
      });
    },
    bytes() {
      return consume(this, (bytes) => new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength));
    },
  };
  Object.defineProperties(Class.prototype, {
    body: {
      get() {
        const { body } = access(this);
        return body === null ? null : bodyStream(body);
      },
      enumerable: true,
      configurable: true,
    },
    bodyUsed: {
      get() {
        return isBodyUsed(access(this).body);
      },
      enumerable: true,
      configurable: true,
    },
  });
  for (const name of Object.keys(methods)) {
    Object.defineProperty(Class.prototype, name, {
      value: methods[name], writable: true, enumerable: true, configurable: true,
    });
  }
}

module.exports = {
  BodyRecord,
  extractBody,
  bodyStream,
  isBodyUsed,
  isBodyUnusable,
  cloneBody,
  transferBody,
  mixinBody,
  illegalInvocation,
};

'use strict';
// node:stream/consumers: read a whole stream (Node stream, web ReadableStream or any async iterable) into
// one value. The byte forms go through a Blob, which also turns stray non-byte chunks into their text.

const { codes: { ERR_INVALID_ARG_TYPE } } = require('internal/errors');

async function collect(stream) {
  const chunks = [];
  for await (const chunk of iterableOf(stream)) chunks.push(chunk);
  return chunks;
}

// V8's words for `for await` over something that cannot be iterated, which Node lets through.
function iterableOf(stream) {
  if (stream == null || (typeof stream[Symbol.asyncIterator] !== 'function' &&
                         typeof stream[Symbol.iterator] !== 'function')) {
    throw new TypeError('stream is not async iterable');
  }
  return stream;
}

async function blob(stream) {
  const { Blob } = require('buffer');
  return new Blob(await collect(stream));
}

// The other byte forms are views of the Blob's bytes.
const arrayBuffer = async (stream) => (await blob(stream)).arrayBuffer();
const buffer = async (stream) => Buffer.from(await arrayBuffer(stream));
const bytes = async (stream) => new Uint8Array(await arrayBuffer(stream));

async function text(stream) {
  const decoder = new TextDecoder();
  let result = '';
  for await (const chunk of iterableOf(stream)) {
    if (typeof chunk === 'string') {
      result += chunk;
    } else if (chunk instanceof ArrayBuffer || ArrayBuffer.isView(chunk)) {
      result += decoder.decode(chunk, { stream: true });
    } else {
      throw new ERR_INVALID_ARG_TYPE('input', ['ArrayBuffer', 'ArrayBufferView'], chunk);
    }
  }
  return result + decoder.decode();
}

async function json(stream) {
  return JSON.parse(await text(stream));
}

module.exports = { arrayBuffer, blob, buffer, bytes, text, json };

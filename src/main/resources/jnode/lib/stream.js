'use strict';
// node:stream. The classes live in internal/streams/; this module is their public face, and is itself
// the legacy Stream class, as in Node.

const Stream = require('internal/streams/legacy');
const { Readable } = require('internal/streams/readable');
const { Writable } = require('internal/streams/writable');
const Duplex = require('internal/streams/duplex');
const { Transform, PassThrough } = require('internal/streams/transform');
const { pipeline } = require('internal/streams/pipeline');
const { finished } = require('internal/streams/finished');
const { addAbortSignal } = require('internal/streams/add_abort_signal');
const { getDefaultHighWaterMark, setDefaultHighWaterMark } = require('internal/streams/options');
const utils = require('internal/streams/utils');
const { Buffer } = require('buffer');
const kCustomPromisify = Symbol.for('nodejs.util.promisify.custom');

module.exports = Stream;
// The key order is Node's (it shows in Object.keys(require('stream'))).
for (const predicate of ['isDestroyed', 'isDisturbed', 'isErrored', 'isReadable', 'isWritable']) {
  Stream[predicate] = utils[predicate];
}
Object.assign(Stream, { Readable, Writable, Duplex, Transform, PassThrough });
Stream.duplexPair = function duplexPair(options) {
  return require('internal/streams/duplexpair').duplexPair(options);
};
Stream.pipeline = pipeline;
Stream.addAbortSignal = addAbortSignal;
Stream.finished = finished;
Stream.destroy = function destroy(stream, err) {
  utils.destroyAny(stream, err);
};
Stream.compose = function compose(...streams) {
  return require('internal/streams/compose').compose(...streams);
};
Stream.setDefaultHighWaterMark = setDefaultHighWaterMark;
Stream.getDefaultHighWaterMark = getDefaultHighWaterMark;

Object.defineProperty(Stream, 'promises', {
  __proto__: null,
  configurable: true,
  enumerable: true,
  get() {
    return require('stream/promises');
  },
});
Object.defineProperty(pipeline, kCustomPromisify, {
  __proto__: null,
  enumerable: true,
  get() {
    return require('stream/promises').pipeline;
  },
});
Object.defineProperty(finished, kCustomPromisify, {
  __proto__: null,
  enumerable: true,
  get() {
    return require('stream/promises').finished;
  },
});

Stream.Stream = Stream;
Stream._isArrayBufferView = ArrayBuffer.isView;
Stream._isUint8Array = (value) => value instanceof Uint8Array;
Stream._uint8ArrayToBuffer = (chunk) => Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);

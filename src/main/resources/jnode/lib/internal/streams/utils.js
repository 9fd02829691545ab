'use strict';
// Questions asked about any stream-like object, Node streams (with `_readableState`/`_writableState`)
// or old-style emitters with pipe()/write(): what kind it is and how far along it is.

const kIsErrored = Symbol.for('nodejs.stream.errored');
const kIsDisturbed = Symbol.for('nodejs.stream.disturbed');

function isEmitter(obj) {
  return obj != null && typeof obj.on === 'function';
}

function isReadableNodeStream(obj, strict = false) {
  if (!isEmitter(obj) || typeof obj.pipe !== 'function') return false;
  if (strict && (typeof obj.pause !== 'function' || typeof obj.resume !== 'function')) return false;
  // A Duplex whose readable side is switched off is not readable.
  return !obj._writableState || (!!obj._readableState && obj._readableState.readable !== false);
}

function isWritableNodeStream(obj) {
  if (!isEmitter(obj) || typeof obj.write !== 'function') return false;
  return !obj._readableState || obj._writableState?.writable !== false;
}

function isDuplexNodeStream(obj) {
  return isEmitter(obj) && typeof obj.pipe === 'function' && typeof obj.write === 'function' &&
    !!obj._readableState && !!obj._writableState;
}

function isNodeStream(obj) {
  return obj != null && typeof obj === 'object' && (!!obj._readableState || !!obj._writableState ||
    (isEmitter(obj) && (typeof obj.write === 'function' || typeof obj.pipe === 'function')));
}

function isWebStream(obj) {
  return obj != null && typeof obj === 'object' && typeof obj.pipeThrough === 'function' &&
    typeof obj.getReader === 'function' || (obj != null && typeof obj.getWriter === 'function' &&
    typeof obj.abort === 'function');
}

// isIterable's second argument: true asks for async iteration only, false for sync only, else either.
const iterationProtocols = new Map([
  [true, [Symbol.asyncIterator]],
  [false, [Symbol.iterator]],
]);
const eitherIterationProtocol = [Symbol.asyncIterator, Symbol.iterator];

function isIterable(obj, isAsync) {
  if (obj == null) return false;
  const protocols = iterationProtocols.get(isAsync) ?? eitherIterationProtocol;
  return protocols.some((symbol) => typeof obj[symbol] === 'function');
}

/** The readable side has ended ('end' emitted, or ended with nothing left unless `strict`). */
function isReadableEnded(stream, strict = false) {
  const state = stream._readableState;
  if (!state) return false;
  return state.endEmitted || (!strict && state.ended === true && state.length === 0);
}

function isWritableFinished(stream, strict = false) {
  const state = stream._writableState;
  if (!state) return false;
  return state.finished || (!strict && state.ended === true && state.length === 0);
}

function isClosed(stream) {
  const state = stream._writableState || stream._readableState;
  return !!state && state.closed === true;
}

/** Whether the stream will still emit 'close' by itself. */
function willEmitClose(stream) {
  const state = stream._writableState || stream._readableState;
  return !!state && state.autoDestroy && state.emitClose && state.closed === false;
}

function streamError(stream) {
  return (stream._writableState && stream._writableState.errored) ||
    (stream._readableState && stream._readableState.errored) || null;
}

function isDestroyed(stream) {
  if (!isNodeStream(stream)) return null;
  const state = stream._writableState || stream._readableState;
  return !!(stream.destroyed || (state && state.destroyed));
}

/** null when `stream` has no readable side at all. */
function isReadable(stream) {
  if (!isReadableNodeStream(stream)) return null;
  return !isDestroyed(stream) && !!stream.readable && !isReadableEnded(stream, true);
}

/** null when `stream` has no writable side at all. */
function isWritable(stream) {
  if (!isWritableNodeStream(stream)) return null;
  return !isDestroyed(stream) && !!stream.writable;
}

/** Asks `probes` in turn; the first answer other than null/undefined decides. */
function firstAnswer(stream, probes) {
  for (const probe of probes) {
    const answer = probe(stream);
    if (answer != null) return !!answer;
  }
  return false;
}

// Web streams answer through the symbol; Node streams through their getters, else their states.
const erroredProbes = [
  (stream) => stream[kIsErrored],
  (stream) => stream.readableErrored,
  (stream) => stream.writableErrored,
  (stream) => stream._readableState?.errorEmitted,
  (stream) => stream._writableState?.errorEmitted,
  (stream) => stream._readableState?.errored,
  (stream) => stream._writableState?.errored,
];
const disturbedProbes = [
  (stream) => stream[kIsDisturbed],
  (stream) => stream.readableDidRead || stream.readableAborted,
];

function isErrored(stream) {
  return !!stream && firstAnswer(stream, erroredProbes);
}

function isDisturbed(stream) {
  return !!stream && firstAnswer(stream, disturbedProbes);
}

/** Destroys anything stream-like: an HTTP request is aborted, a stream destroyed, a handle closed. */
function destroyAny(stream, err) {
  if (stream == null) return;
  const isRequest = (obj) => obj && typeof obj.setHeader === 'function' && typeof obj.abort === 'function';
  if (isRequest(stream)) stream.abort();
  else if (isRequest(stream.req)) stream.req.abort();
  else if (typeof stream.destroy === 'function') stream.destroy(err);
  else if (typeof stream.close === 'function') stream.close();
}

module.exports = {
  destroyAny, kIsErrored, kIsDisturbed, isNodeStream, isReadableNodeStream, isWritableNodeStream, isDuplexNodeStream,
  isWebStream, isIterable, isReadableEnded, isWritableFinished, isClosed, willEmitClose, streamError,
  isDestroyed, isReadable, isWritable, isErrored, isDisturbed,
};

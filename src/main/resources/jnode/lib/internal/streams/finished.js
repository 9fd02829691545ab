'use strict';
// stream.finished(stream, [options], callback): calls back once the stream is done (its readable side
// ended and its writable side finished, as far as they are watched), with the stream's error, or with
// ERR_STREAM_PREMATURE_CLOSE when it closed before that. A stream that will still emit 'close' is done
// only at 'close', so that the callback runs after every event the stream emits.

const { AbortError, codes: { ERR_INVALID_ARG_TYPE, ERR_STREAM_PREMATURE_CLOSE } } = require('internal/errors');
const { validateAbortSignal, validateFunction, validateObject } = require('internal/validators');
const {
  isNodeStream, isReadableNodeStream, isWritableNodeStream, isReadableEnded, isWritableFinished, isClosed,
  willEmitClose, streamError, isWebStream,
} = require('internal/streams/utils');

/** `options` as finished() accepts it: left out, null/undefined, or an object. */
function finishedOptions(options) {
  if (options == null) return {};
  validateObject(options, 'options');
  return options;
}

function finished(stream, options, callback) {
  // finished(stream, callback): the second argument is the callback whatever it is.
  const [settings, onDone] = arguments.length === 2 ? [{}, options] : [finishedOptions(options), callback];
  validateFunction(onDone, 'callback');
  validateAbortSignal(settings.signal, 'options.signal');
  if (isWebStream(stream)) {
    throw new (require('internal/errors').codes.ERR_JNODE_UNSUPPORTED)('stream.finished() of a web stream');
  }
  if (isNodeStream(stream)) return watch(stream, settings, onDone);
  throw new ERR_INVALID_ARG_TYPE('stream', ['ReadableStream', 'WritableStream', 'Stream'], stream);
}

function watch(stream, options, userCallback) {
  const watchReadable = options.readable ?? isReadableNodeStream(stream);
  const watchWritable = options.writable ?? isWritableNodeStream(stream);
  // Legacy streams have no state to ask: what their events said is remembered here.
  let sawEnd = false;
  let sawFinish = false;
  let settled = false;
  const waitForClose = () => willEmitClose(stream) &&
    isReadableNodeStream(stream) === watchReadable && isWritableNodeStream(stream) === watchWritable;

  const readableDone = () => !watchReadable || sawEnd || isReadableEnded(stream);
  const writableDone = () => !watchWritable || sawFinish || isWritableFinished(stream);

  const settle = (err) => {
    if (settled) return;
    settled = true;
    cleanup();
    userCallback.call(stream, err);
  };
  // 'end' or 'finish': done now unless 'close' is still to come.
  const onProgress = () => {
    if (stream.destroyed || !waitForClose()) {
      if (readableDone() && writableDone()) settle();
    }
  };
  const onEnd = () => {
    sawEnd = true;
    onProgress();
  };
  const onFinish = () => {
    sawFinish = true;
    onProgress();
  };
  const onLegacyEnd = () => {
    if (!stream.writable) onFinish();
  };
  const onError = (err) => settle(err);
  const onClose = () => {
    const err = streamError(stream);
    if (err && typeof err !== 'boolean') settle(err);
    else if (!readableDone() || !writableDone()) settle(new ERR_STREAM_PREMATURE_CLOSE());
    else settle();
  };
  const onAborted = () => onClose();

  const listeners = [['end', onEnd], ['finish', onFinish], ['close', onClose]];
  if (options.error !== false) listeners.push(['error', onError]);
  if (watchWritable && !stream._writableState) listeners.push(['end', onLegacyEnd], ['close', onLegacyEnd]);
  if (!willEmitClose(stream) && typeof stream.aborted === 'boolean') listeners.push(['aborted', onAborted]);
  for (const [event, fn] of listeners) stream.on(event, fn);

  let onAbort;
  const { signal } = options;
  function cleanup() {
    for (const [event, fn] of listeners) stream.removeListener(event, fn);
    if (onAbort) signal.removeEventListener('abort', onAbort);
  }

  // The stream may be done (or dead) already.
  const states = [stream._readableState, stream._writableState].filter(Boolean);
  if (isClosed(stream)) {
    process.nextTick(onClose);
  } else if (states.some((state) => state.errorEmitted)) {
    process.nextTick(() => settle(streamError(stream) || undefined));
  } else if (readableDone() && writableDone() && !waitForClose() && states.length > 0) {
    process.nextTick(() => settle());
  }

  if (signal) {
    const abort = () => settle(new AbortError(undefined, { cause: signal.reason }));
    if (signal.aborted) {
      process.nextTick(abort);
    } else {
      onAbort = abort;
      signal.addEventListener('abort', onAbort);
    }
  }
  return cleanup;
}

function finishedPromise(stream, options) {
  let autoCleanup = false;
  if (options && options.cleanup) {
    require('internal/validators').validateBoolean(options.cleanup, 'cleanup');
    autoCleanup = true;
  }
  return new Promise((resolve, reject) => {
    const cleanup = finished(stream, options, (err) => {
      if (autoCleanup) cleanup();
      if (err) reject(err);
      else resolve();
    });
  });
}

module.exports = { finished, finishedPromise };

'use strict';
// ReadableStream (§4 of the WHATWG Streams Standard): default and byte controllers, default and BYOB readers,
// tee, pipeTo/pipeThrough, async iteration and ReadableStream.from. The public classes are thin: each keeps
// a record of the spec's internal slots under kState, and the spec's abstract operations work on records.

const {
  codes: {
    ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE, ERR_ILLEGAL_CONSTRUCTOR, ERR_ARG_NOT_ITERABLE, ERR_INVALID_STATE,
  },
} = require('internal/errors');
const { isArrayBufferView, isDataView } = require('internal/util/types');
const {
  kState, setSlots, noop, then, deferred, markHandled, rejected, promiseCall, settle,
  dequeueValue, enqueueValueWithSize, resetQueue, extractHighWaterMark, extractSizeAlgorithm,
  callbackMember, checkDictionary, checkUnderlying, slotsOf, isBrand, invalidState, isDetached, transferBuffer,
  copyBytes,
  inspectShown, customInspect, webIdlClass,
} = require('internal/webstreams/util');
const writable = require('internal/webstreams/writablestream');

const kCreate = Symbol('kCreate');

// ================================================================ ReadableStream
class ReadableStream {
  constructor(underlyingSource = undefined, strategy = undefined) {
    if (underlyingSource === kCreate) return;
    const source = checkUnderlying(underlyingSource, 'source');
    const strategyDict = checkDictionary(strategy, 'strategy');
    const stream = initializeReadableStream(this);
    const type = source.type;
    if (type !== undefined && `${type}` !== 'bytes') throw new ERR_INVALID_ARG_VALUE('source.type', type);
    if (type !== undefined) {
      if (strategyDict.size !== undefined) {
        throw new ERR_INVALID_ARG_VALUE.RangeError('strategy.size', strategyDict.size);
      }
      const hwm = extractHighWaterMark(strategyDict, 0);
      setUpByteControllerFromSource(stream, source, hwm);
    } else {
      const size = extractSizeAlgorithm(strategyDict);
      const hwm = extractHighWaterMark(strategyDict, 1);
      setUpDefaultControllerFromSource(stream, source, hwm, size);
    }
  }

  get locked() {
    return isLocked(slotsOf(this, ReadableStream));
  }

  cancel(reason = undefined) {
    let stream;
    try {
      stream = slotsOf(this, ReadableStream);
    } catch (err) {
      return rejected(err);
    }
    if (isLocked(stream)) return rejected(invalidState('ReadableStream is locked'));
    return readableStreamCancel(stream, reason);
  }

  getReader(options = undefined) {
    const stream = slotsOf(this, ReadableStream);
    const mode = checkDictionary(options, 'options').mode;
    if (mode === undefined) return acquireDefaultReader(stream).wrapper;
    if (`${mode}` !== 'byob') throw new ERR_INVALID_ARG_VALUE('options.mode', mode);
    return acquireBYOBReader(stream).wrapper;
  }

  pipeThrough(transform, options = undefined) {
    const stream = slotsOf(this, ReadableStream);
    const pair = checkDictionary(transform, 'transform');
    if (!isBrand(pair.readable, ReadableStream)) {
      throw new ERR_INVALID_ARG_TYPE('transform.readable', 'ReadableStream', pair.readable);
    }
    if (!isBrand(pair.writable, writable.WritableStream)) {
      throw new ERR_INVALID_ARG_TYPE('transform.writable', 'WritableStream', pair.writable);
    }
    const opts = pipeOptions(options);
    if (isLocked(stream)) throw invalidState('The ReadableStream is locked');
    const dest = pair.writable[kState];
    if (writable.isWritableStreamLocked(dest)) throw invalidState('The WritableStream is locked');
    markHandled(readableStreamPipeTo(stream, dest, opts));
    return pair.readable;
  }

  pipeTo(destination, options = undefined) {
    try {
      const stream = slotsOf(this, ReadableStream);
      if (!isBrand(destination, writable.WritableStream)) {
        throw new ERR_INVALID_ARG_TYPE('transform.writable', 'WritableStream', destination);
      }
      const opts = pipeOptions(options);
      if (isLocked(stream)) throw invalidState('The ReadableStream is locked');
      const dest = destination[kState];
      if (writable.isWritableStreamLocked(dest)) throw invalidState('The WritableStream is locked');
      return readableStreamPipeTo(stream, dest, opts);
    } catch (err) {
      return rejected(err);
    }
  }

  tee() {
    const [branch1, branch2] = readableStreamTee(slotsOf(this, ReadableStream));
    return [branch1.wrapper, branch2.wrapper];
  }

  values(options = undefined) {
    const stream = slotsOf(this, ReadableStream);
    const preventCancel = Boolean(checkDictionary(options, 'options').preventCancel);
    const reader = acquireDefaultReader(stream);
    return createAsyncIterator(reader, preventCancel);
  }

  [customInspect](depth, options) {
    const stream = slotsOf(this, ReadableStream);
    return inspectShown(this, {
      locked: isLocked(stream),
      state: stream.state,
      supportsBYOB: stream.controller instanceof ByteControllerState,
    }, depth, options);
  }

  static from(asyncIterable) {
    return readableStreamFromIterable(asyncIterable).wrapper;
  }
}

// WebIDL reads a dictionary's members in lexicographic order, stopping at the first that throws.
function pipeOptions(options) {
  const dict = checkDictionary(options, 'options');
  const preventAbort = Boolean(dict.preventAbort);
  const preventCancel = Boolean(dict.preventCancel);
  const preventClose = Boolean(dict.preventClose);
  const signal = dict.signal;
  if (signal !== undefined) {
    const { AbortSignal } = require('internal/abort_controller');
    if (!(signal instanceof AbortSignal)) throw new ERR_INVALID_ARG_TYPE('options.signal', 'AbortSignal', signal);
  }
  return { preventClose, preventAbort, preventCancel, signal };
}

function initializeReadableStream(wrapper) {
  const stream = {
    wrapper,
    state: 'readable',
    reader: undefined,
    storedError: undefined,
    disturbed: false,
    controller: undefined,
  };
  setSlots(wrapper, stream);
  return stream;
}

function createReadableStream(start, pull, cancel, highWaterMark = 1, size = () => 1) {
  const stream = initializeReadableStream(new ReadableStream(kCreate));
  setUpDefaultController(stream, new DefaultControllerState(), start, pull, cancel, highWaterMark, size);
  return stream;
}

function createReadableByteStream(start, pull, cancel) {
  const stream = initializeReadableStream(new ReadableStream(kCreate));
  setUpByteController(stream, new ByteControllerState(), start, pull, cancel, 0, undefined);
  return stream;
}

function isLocked(stream) {
  return stream.reader !== undefined;
}

function readableStreamCancel(stream, reason) {
  stream.disturbed = true;
  if (stream.state === 'closed') return Promise.resolve();
  if (stream.state === 'errored') return rejected(stream.storedError);
  readableStreamClose(stream);
  const reader = stream.reader;
  if (reader instanceof BYOBReaderState) {
    const requests = reader.readIntoRequests;
    reader.readIntoRequests = [];
    for (const request of requests) request.closeSteps(undefined);
  }
  return then(stream.controller.cancelSteps(reason), noop);
}

function readableStreamClose(stream) {
  stream.state = 'closed';
  const reader = stream.reader;
  if (reader === undefined) return;
  reader.closed.resolve();
  if (reader instanceof DefaultReaderState) {
    const requests = reader.readRequests;
    reader.readRequests = [];
    for (const request of requests) request.closeSteps();
  }
}

function readableStreamError(stream, error) {
  stream.state = 'errored';
  stream.storedError = error;
  const reader = stream.reader;
  if (reader === undefined) return;
  reader.closed.reject(error);
  markHandled(reader.closed.promise);
  if (reader instanceof DefaultReaderState) errorReadRequests(reader, error);
  else errorReadIntoRequests(reader, error);
}

function addReadRequest(stream, request) {
  stream.reader.readRequests.push(request);
}

function fulfillReadRequest(stream, chunk, done) {
  const request = stream.reader.readRequests.shift();
  if (done) request.closeSteps();
  else request.chunkSteps(chunk);
}

function numReadRequests(stream) {
  return stream.reader.readRequests.length;
}

function hasDefaultReader(stream) {
  return stream.reader instanceof DefaultReaderState;
}

function hasBYOBReader(stream) {
  return stream.reader instanceof BYOBReaderState;
}

function addReadIntoRequest(stream, request) {
  stream.reader.readIntoRequests.push(request);
}

function fulfillReadIntoRequest(stream, chunk, done) {
  const request = stream.reader.readIntoRequests.shift();
  if (done) request.closeSteps(chunk);
  else request.chunkSteps(chunk);
}

function numReadIntoRequests(stream) {
  return stream.reader.readIntoRequests.length;
}

// ================================================================ readers
class ReaderState {
  constructor(wrapper) {
    this.wrapper = wrapper;
    this.stream = undefined;
    this.closed = undefined;
    setSlots(wrapper, this);
  }
}
class DefaultReaderState extends ReaderState {
  readRequests = [];
}
class BYOBReaderState extends ReaderState {
  readIntoRequests = [];
}

function readerGenericInitialize(reader, stream) {
  reader.stream = stream;
  stream.reader = reader;
  reader.closed = deferred();
  if (stream.state === 'closed') {
    reader.closed.resolve();
  } else if (stream.state === 'errored') {
    reader.closed.reject(stream.storedError);
    markHandled(reader.closed.promise);
  }
}

function readerGenericRelease(reader) {
  const stream = reader.stream;
  const error = invalidState('Reader released');
  if (stream.state !== 'readable') reader.closed = deferred();
  reader.closed.reject(error);
  markHandled(reader.closed.promise);
  stream.controller.releaseSteps();
  stream.reader = undefined;
  reader.stream = undefined;
}

function errorReadRequests(reader, error) {
  const requests = reader.readRequests;
  reader.readRequests = [];
  for (const request of requests) request.errorSteps(error);
}

function errorReadIntoRequests(reader, error) {
  const requests = reader.readIntoRequests;
  reader.readIntoRequests = [];
  for (const request of requests) request.errorSteps(error);
}

function acquireDefaultReader(stream) {
  const reader = new DefaultReaderState(Object.create(ReadableStreamDefaultReader.prototype));
  setUpDefaultReader(reader, stream);
  return reader;
}

function setUpDefaultReader(reader, stream) {
  if (isLocked(stream)) throw invalidState('ReadableStream is locked');
  readerGenericInitialize(reader, stream);
}

function acquireBYOBReader(stream) {
  const reader = new BYOBReaderState(Object.create(ReadableStreamBYOBReader.prototype));
  setUpBYOBReader(reader, stream);
  return reader;
}

function setUpBYOBReader(reader, stream) {
  if (isLocked(stream)) throw invalidState('ReadableStream is locked');
  if (!(stream.controller instanceof ByteControllerState)) {
    throw new ERR_INVALID_ARG_VALUE('stream', stream.wrapper, 'must be a byte stream');
  }
  readerGenericInitialize(reader, stream);
}

function defaultReaderRead(reader, request) {
  const stream = reader.stream;
  stream.disturbed = true;
  if (stream.state === 'closed') request.closeSteps();
  else if (stream.state === 'errored') request.errorSteps(stream.storedError);
  else stream.controller.pullSteps(request);
}

function defaultReaderRelease(reader) {
  readerGenericRelease(reader);
  errorReadRequests(reader, invalidState('Releasing reader'));
}

function byobReaderRead(reader, view, min, request) {
  const stream = reader.stream;
  stream.disturbed = true;
  if (stream.state === 'errored') request.errorSteps(stream.storedError);
  else pullInto(stream.controller, view, min, request);
}

function byobReaderRelease(reader) {
  readerGenericRelease(reader);
  errorReadIntoRequests(reader, invalidState('Releasing reader'));
}

/**
 * A read request settling a promise with an iterator result, as reader.read() does. Node's key order:
 * `done` first when a default reader's chunk is already queued at the call, `value` first otherwise.
 */
function promiseReadRequest() {
  const { promise, resolve, reject } = deferred();
  const request = {
    promise,
    queuedFirst: false,
    chunkSteps: (value) => resolve(request.queuedFirst ? { done: false, value } : { value, done: false }),
    closeSteps: (value = undefined) => resolve({ value, done: true }),
    errorSteps: reject,
  };
  return request;
}

function checkStream(value) {
  if (!isBrand(value, ReadableStream)) throw new ERR_INVALID_ARG_TYPE('stream', 'ReadableStream', value);
  return value[kState];
}

class ReadableStreamDefaultReader {
  constructor(stream) {
    setUpDefaultReader(new DefaultReaderState(this), checkStream(stream));
  }

  read() {
    let reader;
    try {
      reader = slotsOf(this, ReadableStreamDefaultReader);
    } catch (err) {
      return rejected(err);
    }
    if (reader.stream === undefined) return rejected(invalidState('The reader is not attached to a stream'));
    const request = promiseReadRequest();
    request.queuedFirst = true;
    defaultReaderRead(reader, request);
    request.queuedFirst = false;
    return request.promise;
  }

  releaseLock() {
    const reader = slotsOf(this, ReadableStreamDefaultReader);
    if (reader.stream !== undefined) defaultReaderRelease(reader);
  }

  get closed() {
    return readerClosed(this, ReadableStreamDefaultReader);
  }

  cancel(reason = undefined) {
    return readerCancel(this, ReadableStreamDefaultReader, reason);
  }

  [customInspect](depth, options) {
    const reader = slotsOf(this, ReadableStreamDefaultReader);
    return inspectShown(this, {
      stream: reader.stream?.wrapper,
      readRequests: reader.readRequests.length,
      close: reader.closed.promise,
    }, depth, options);
  }
}

// The closed promise and cancel() of both reader kinds; errors (a foreign `this`, a released reader) reject.
function readerClosed(wrapper, Reader) {
  try {
    return slotsOf(wrapper, Reader).closed.promise;
  } catch (err) {
    return rejected(err);
  }
}

function readerCancel(wrapper, Reader, reason) {
  let reader;
  try {
    reader = slotsOf(wrapper, Reader);
  } catch (err) {
    return rejected(err);
  }
  if (reader.stream === undefined) return rejected(invalidState('The reader is not attached to a stream'));
  return readableStreamCancel(reader.stream, reason);
}

class ReadableStreamBYOBReader {
  constructor(stream) {
    setUpBYOBReader(new BYOBReaderState(this), checkStream(stream));
  }

  read(view, options = undefined) {
    let reader;
    let min;
    try {
      reader = slotsOf(this, ReadableStreamBYOBReader);
      if (!isArrayBufferView(view)) {
        throw new ERR_INVALID_ARG_TYPE('view', ['Buffer', 'TypedArray', 'DataView'], view);
      }
      const dict = checkDictionary(options, 'options');
      min = dict.min === undefined ? 1 : Number(dict.min);
      if (view.byteLength === 0 || isDetached(view.buffer) || view.buffer.byteLength === 0) {
        throw invalidState('View or Viewed ArrayBuffer is zero-length or detached');
      }
      if (!Number.isInteger(min) || min <= 0) throw new ERR_INVALID_ARG_VALUE('options.min', dict.min);
      const length = isDataView(view) ? view.byteLength : view.length;
      if (min > length) throw new ERR_INVALID_ARG_VALUE.RangeError('options.min', dict.min);
      if (reader.stream === undefined) throw invalidState('The reader is not attached to a stream');
    } catch (err) {
      return rejected(err);
    }
    const request = promiseReadRequest();
    byobReaderRead(reader, view, min, request);
    return request.promise;
  }

  releaseLock() {
    const reader = slotsOf(this, ReadableStreamBYOBReader);
    if (reader.stream !== undefined) byobReaderRelease(reader);
  }

  get closed() {
    return readerClosed(this, ReadableStreamBYOBReader);
  }

  cancel(reason = undefined) {
    return readerCancel(this, ReadableStreamBYOBReader, reason);
  }

  [customInspect](depth, options) {
    const reader = slotsOf(this, ReadableStreamBYOBReader);
    return inspectShown(this, {
      stream: reader.stream?.wrapper,
      readIntoRequests: reader.readIntoRequests.length,
      close: reader.closed.promise,
    }, depth, options);
  }
}

// ================================================================ default controller
class DefaultControllerState {
  stream = undefined;
  queue = [];
  queueTotalSize = 0;
  started = false;
  closeRequested = false;
  pullAgain = false;
  pulling = false;
  strategySizeAlgorithm = undefined;
  strategyHWM = 0;
  pullAlgorithm = undefined;
  cancelAlgorithm = undefined;
  wrapper = undefined;

  cancelSteps(reason) {
    resetQueue(this);
    const result = this.cancelAlgorithm(reason);
    clearDefaultAlgorithms(this);
    return result;
  }

  pullSteps(request) {
    if (this.queue.length > 0) {
      const chunk = dequeueValue(this);
      if (this.closeRequested && this.queue.length === 0) {
        clearDefaultAlgorithms(this);
        readableStreamClose(this.stream);
      } else {
        defaultCallPullIfNeeded(this);
      }
      request.chunkSteps(chunk);
    } else {
      addReadRequest(this.stream, request);
      defaultCallPullIfNeeded(this);
    }
  }

  releaseSteps() {}
}

function defaultCallPullIfNeeded(controller) {
  if (!defaultShouldCallPull(controller)) return;
  if (controller.pulling) {
    controller.pullAgain = true;
    return;
  }
  controller.pulling = true;
  settle(controller.pullAlgorithm(), () => {
    controller.pulling = false;
    if (controller.pullAgain) {
      controller.pullAgain = false;
      defaultCallPullIfNeeded(controller);
    }
  }, (error) => defaultControllerError(controller, error));
}

function defaultShouldCallPull(controller) {
  const stream = controller.stream;
  if (!defaultCanCloseOrEnqueue(controller) || !controller.started) return false;
  if (isLocked(stream) && numReadRequests(stream) > 0) return true;
  return defaultGetDesiredSize(controller) > 0;
}

function clearDefaultAlgorithms(controller) {
  controller.pullAlgorithm = undefined;
  controller.cancelAlgorithm = undefined;
  controller.strategySizeAlgorithm = undefined;
}

function defaultControllerClose(controller) {
  if (!defaultCanCloseOrEnqueue(controller)) return;
  controller.closeRequested = true;
  if (controller.queue.length === 0) {
    clearDefaultAlgorithms(controller);
    readableStreamClose(controller.stream);
  }
}

function defaultControllerEnqueue(controller, chunk) {
  if (!defaultCanCloseOrEnqueue(controller)) return;
  const stream = controller.stream;
  if (isLocked(stream) && numReadRequests(stream) > 0) {
    fulfillReadRequest(stream, chunk, false);
  } else {
    try {
      enqueueValueWithSize(controller, chunk, controller.strategySizeAlgorithm(chunk));
    } catch (err) {
      defaultControllerError(controller, err);
      throw err;
    }
  }
  defaultCallPullIfNeeded(controller);
}

function defaultControllerError(controller, error) {
  if (controller.stream.state !== 'readable') return;
  resetQueue(controller);
  clearDefaultAlgorithms(controller);
  readableStreamError(controller.stream, error);
}

function defaultGetDesiredSize(controller) {
  const state = controller.stream.state;
  if (state === 'errored') return null;
  if (state === 'closed') return 0;
  return controller.strategyHWM - controller.queueTotalSize;
}

function defaultHasBackpressure(controller) {
  return !defaultShouldCallPull(controller);
}

function defaultCanCloseOrEnqueue(controller) {
  return !controller.closeRequested && controller.stream.state === 'readable';
}

function setUpDefaultController(stream, controller, start, pull, cancel, highWaterMark, size) {
  controller.wrapper = Object.create(ReadableStreamDefaultController.prototype);
  setSlots(controller.wrapper, controller);
  controller.stream = stream;
  controller.strategySizeAlgorithm = size;
  controller.strategyHWM = highWaterMark;
  controller.pullAlgorithm = pull;
  controller.cancelAlgorithm = cancel;
  stream.controller = controller;
  const startResult = start(controller.wrapper);
  settle(Promise.resolve(startResult), () => {
    controller.started = true;
    defaultCallPullIfNeeded(controller);
  }, (error) => defaultControllerError(controller, error));
}

/** The start/pull/cancel algorithms of an underlying source dictionary. */
function sourceAlgorithms(source) {
  const start = callbackMember(source, 'start', 'source');
  const pull = callbackMember(source, 'pull', 'source');
  const cancel = callbackMember(source, 'cancel', 'source');
  return {
    start: (controller) => (start === undefined ? undefined : Reflect.apply(start, source, [controller])),
    pull: (controller) => promiseCall(pull, source, controller),
    cancel: (reason) => promiseCall(cancel, source, reason),
  };
}

function setUpDefaultControllerFromSource(stream, source, highWaterMark, size) {
  const { start, pull, cancel } = sourceAlgorithms(source);
  const controller = new DefaultControllerState();
  setUpDefaultController(stream, controller, start, () => pull(controller.wrapper), cancel, highWaterMark, size);
}

class ReadableStreamDefaultController {
  constructor() {
    throw new ERR_ILLEGAL_CONSTRUCTOR();
  }

  get desiredSize() {
    return defaultGetDesiredSize(slotsOf(this, ReadableStreamDefaultController));
  }

  close() {
    const controller = slotsOf(this, ReadableStreamDefaultController);
    if (!defaultCanCloseOrEnqueue(controller)) throw invalidState('Controller is already closed');
    defaultControllerClose(controller);
  }

  enqueue(chunk = undefined) {
    const controller = slotsOf(this, ReadableStreamDefaultController);
    if (!defaultCanCloseOrEnqueue(controller)) throw invalidState('Controller is already closed');
    defaultControllerEnqueue(controller, chunk);
  }

  error(error = undefined) {
    defaultControllerError(slotsOf(this, ReadableStreamDefaultController), error);
  }

  [customInspect](depth, options) {
    slotsOf(this, ReadableStreamDefaultController);
    return inspectShown(this, {}, depth, options);
  }
}

// ================================================================ byte controller
class ByteControllerState {
  stream = undefined;
  queue = [];
  queueTotalSize = 0;
  started = false;
  closeRequested = false;
  pullAgain = false;
  pulling = false;
  byobRequest = null;
  autoAllocateChunkSize = undefined;
  strategyHWM = 0;
  pullAlgorithm = undefined;
  cancelAlgorithm = undefined;
  pendingPullIntos = [];
  wrapper = undefined;

  cancelSteps(reason) {
    clearPendingPullIntos(this);
    resetQueue(this);
    const result = this.cancelAlgorithm(reason);
    clearByteAlgorithms(this);
    return result;
  }

  pullSteps(request) {
    if (this.queueTotalSize > 0) {
      fillReadRequestFromQueue(this, request);
      return;
    }
    const size = this.autoAllocateChunkSize;
    if (size !== undefined) {
      let buffer;
      try {
        buffer = new ArrayBuffer(size);
      } catch (err) {
        request.errorSteps(err);
        return;
      }
      this.pendingPullIntos.push(pullIntoDescriptor(buffer, 0, size, 1, 1, Uint8Array, 'default'));
    }
    addReadRequest(this.stream, request);
    byteCallPullIfNeeded(this);
  }

  releaseSteps() {
    if (this.pendingPullIntos.length > 0) {
      const first = this.pendingPullIntos[0];
      first.readerType = 'none';
      this.pendingPullIntos = [first];
    }
  }
}

function pullIntoDescriptor(buffer, byteOffset, byteLength, minimumFill, elementSize, viewConstructor, readerType) {
  return {
    buffer,
    bufferByteLength: buffer.byteLength,
    byteOffset,
    byteLength,
    bytesFilled: 0,
    minimumFill,
    elementSize,
    viewConstructor,
    readerType,
  };
}

function byteCallPullIfNeeded(controller) {
  if (!byteShouldCallPull(controller)) return;
  if (controller.pulling) {
    controller.pullAgain = true;
    return;
  }
  controller.pulling = true;
  settle(controller.pullAlgorithm(), () => {
    controller.pulling = false;
    if (controller.pullAgain) {
      controller.pullAgain = false;
      byteCallPullIfNeeded(controller);
    }
  }, (error) => byteControllerError(controller, error));
}

function byteShouldCallPull(controller) {
  const stream = controller.stream;
  if (stream.state !== 'readable' || controller.closeRequested || !controller.started) return false;
  if (hasDefaultReader(stream) && numReadRequests(stream) > 0) return true;
  if (hasBYOBReader(stream) && numReadIntoRequests(stream) > 0) return true;
  return byteGetDesiredSize(controller) > 0;
}

function clearByteAlgorithms(controller) {
  controller.pullAlgorithm = undefined;
  controller.cancelAlgorithm = undefined;
}

function clearPendingPullIntos(controller) {
  invalidateBYOBRequest(controller);
  controller.pendingPullIntos = [];
}

function byteControllerClose(controller) {
  const stream = controller.stream;
  if (controller.closeRequested || stream.state !== 'readable') return;
  if (controller.queueTotalSize > 0) {
    controller.closeRequested = true;
    return;
  }
  if (controller.pendingPullIntos.length > 0) {
    const first = controller.pendingPullIntos[0];
    if (first.bytesFilled % first.elementSize !== 0) {
      const error = invalidState('Partial read');
      byteControllerError(controller, error);
      throw error;
    }
  }
  clearByteAlgorithms(controller);
  readableStreamClose(stream);
}

function commitPullIntoDescriptor(stream, descriptor) {
  const done = stream.state === 'closed';
  const filledView = convertPullIntoDescriptor(descriptor);
  if (descriptor.readerType === 'default') fulfillReadRequest(stream, filledView, done);
  else fulfillReadIntoRequest(stream, filledView, done);
}

function convertPullIntoDescriptor(descriptor) {
  const buffer = transferBuffer(descriptor.buffer);
  const { viewConstructor: View, byteOffset, bytesFilled, elementSize } = descriptor;
  return new View(buffer, byteOffset, bytesFilled / elementSize);
}

function byteControllerEnqueue(controller, chunk) {
  const stream = controller.stream;
  if (controller.closeRequested || stream.state !== 'readable') return;
  const { buffer, byteOffset, byteLength } = chunk;
  if (isDetached(buffer)) throw invalidState('chunk ArrayBuffer is zero-length or detached');
  const transferred = transferBuffer(buffer);
  if (controller.pendingPullIntos.length > 0) {
    const first = controller.pendingPullIntos[0];
    if (isDetached(first.buffer)) throw invalidState('The BYOB request\'s buffer has been detached');
    invalidateBYOBRequest(controller);
    first.buffer = transferBuffer(first.buffer);
    if (first.readerType === 'none') enqueueDetachedPullIntoToQueue(controller, first);
  }
  if (hasDefaultReader(stream)) {
    processReadRequestsUsingQueue(controller);
    if (numReadRequests(stream) === 0) {
      enqueueChunkToQueue(controller, transferred, byteOffset, byteLength);
    } else {
      if (controller.pendingPullIntos.length > 0) controller.pendingPullIntos.shift();
      fulfillReadRequest(stream, new Uint8Array(transferred, byteOffset, byteLength), false);
    }
  } else if (hasBYOBReader(stream)) {
    enqueueChunkToQueue(controller, transferred, byteOffset, byteLength);
    for (const descriptor of processPullIntoDescriptorsUsingQueue(controller)) {
      commitPullIntoDescriptor(stream, descriptor);
    }
  } else {
    enqueueChunkToQueue(controller, transferred, byteOffset, byteLength);
  }
  byteCallPullIfNeeded(controller);
}

function enqueueChunkToQueue(controller, buffer, byteOffset, byteLength) {
  controller.queue.push({ buffer, byteOffset, byteLength });
  controller.queueTotalSize += byteLength;
}

function enqueueClonedChunkToQueue(controller, buffer, byteOffset, byteLength) {
  let clone;
  try {
    clone = buffer.slice(byteOffset, byteOffset + byteLength);
  } catch (err) {
    byteControllerError(controller, err);
    throw err;
  }
  enqueueChunkToQueue(controller, clone, 0, byteLength);
}

function enqueueDetachedPullIntoToQueue(controller, descriptor) {
  if (descriptor.bytesFilled > 0) {
    enqueueClonedChunkToQueue(controller, descriptor.buffer, descriptor.byteOffset, descriptor.bytesFilled);
  }
  controller.pendingPullIntos.shift();
}

function byteControllerError(controller, error) {
  const stream = controller.stream;
  if (stream.state !== 'readable') return;
  clearPendingPullIntos(controller);
  resetQueue(controller);
  clearByteAlgorithms(controller);
  readableStreamError(stream, error);
}

function fillPullIntoDescriptorFromQueue(controller, descriptor) {
  const maxBytesToCopy = Math.min(controller.queueTotalSize, descriptor.byteLength - descriptor.bytesFilled);
  const maxBytesFilled = descriptor.bytesFilled + maxBytesToCopy;
  let remaining = maxBytesToCopy;
  let ready = false;
  const maxAlignedBytes = maxBytesFilled - (maxBytesFilled % descriptor.elementSize);
  if (maxAlignedBytes >= descriptor.minimumFill) {
    remaining = maxAlignedBytes - descriptor.bytesFilled;
    ready = true;
  }
  const queue = controller.queue;
  while (remaining > 0) {
    const head = queue[0];
    const bytesToCopy = Math.min(remaining, head.byteLength);
    const destStart = descriptor.byteOffset + descriptor.bytesFilled;
    copyBytes(descriptor.buffer, destStart, head.buffer, head.byteOffset, bytesToCopy);
    if (head.byteLength === bytesToCopy) {
      queue.shift();
    } else {
      head.byteOffset += bytesToCopy;
      head.byteLength -= bytesToCopy;
    }
    controller.queueTotalSize -= bytesToCopy;
    descriptor.bytesFilled += bytesToCopy;
    remaining -= bytesToCopy;
  }
  return ready;
}

function fillReadRequestFromQueue(controller, request) {
  const entry = controller.queue.shift();
  controller.queueTotalSize -= entry.byteLength;
  handleQueueDrain(controller);
  request.chunkSteps(new Uint8Array(entry.buffer, entry.byteOffset, entry.byteLength));
}

function getBYOBRequest(controller) {
  if (controller.byobRequest === null && controller.pendingPullIntos.length > 0) {
    const first = controller.pendingPullIntos[0];
    const view = new Uint8Array(first.buffer, first.byteOffset + first.bytesFilled,
      first.byteLength - first.bytesFilled);
    const request = Object.create(ReadableStreamBYOBRequest.prototype);
    setSlots(request, { controller, view });
    controller.byobRequest = request;
  }
  return controller.byobRequest;
}

function byteGetDesiredSize(controller) {
  const state = controller.stream.state;
  if (state === 'errored') return null;
  if (state === 'closed') return 0;
  return controller.strategyHWM - controller.queueTotalSize;
}

function handleQueueDrain(controller) {
  if (controller.queueTotalSize === 0 && controller.closeRequested) {
    clearByteAlgorithms(controller);
    readableStreamClose(controller.stream);
  } else {
    byteCallPullIfNeeded(controller);
  }
}

function invalidateBYOBRequest(controller) {
  if (controller.byobRequest === null) return;
  const slots = controller.byobRequest[kState];
  slots.controller = undefined;
  slots.view = null;
  controller.byobRequest = null;
}

function processPullIntoDescriptorsUsingQueue(controller) {
  const filled = [];
  while (controller.pendingPullIntos.length > 0 && controller.queueTotalSize > 0) {
    const descriptor = controller.pendingPullIntos[0];
    if (fillPullIntoDescriptorFromQueue(controller, descriptor)) {
      controller.pendingPullIntos.shift();
      filled.push(descriptor);
    }
  }
  return filled;
}

function processReadRequestsUsingQueue(controller) {
  const reader = controller.stream.reader;
  while (reader.readRequests.length > 0 && controller.queueTotalSize > 0) {
    fillReadRequestFromQueue(controller, reader.readRequests.shift());
  }
}

function pullInto(controller, view, min, request) {
  const stream = controller.stream;
  let elementSize = 1;
  let View = DataView;
  if (!isDataView(view)) {
    elementSize = view.BYTES_PER_ELEMENT;
    View = view.constructor;
  }
  // Read before the transfer detaches the view.
  const { byteOffset, byteLength } = view;
  let buffer;
  try {
    buffer = transferBuffer(view.buffer);
  } catch (err) {
    request.errorSteps(err);
    return;
  }
  const descriptor = pullIntoDescriptor(buffer, byteOffset, byteLength, min * elementSize, elementSize, View, 'byob');
  if (controller.pendingPullIntos.length > 0) {
    controller.pendingPullIntos.push(descriptor);
    addReadIntoRequest(stream, request);
    return;
  }
  if (stream.state === 'closed') {
    request.closeSteps(new View(descriptor.buffer, descriptor.byteOffset, 0));
    return;
  }
  if (controller.queueTotalSize > 0) {
    if (fillPullIntoDescriptorFromQueue(controller, descriptor)) {
      const filledView = convertPullIntoDescriptor(descriptor);
      handleQueueDrain(controller);
      request.chunkSteps(filledView);
      return;
    }
    if (controller.closeRequested) {
      const error = invalidState('Insufficient bytes to fill elements in the given buffer');
      byteControllerError(controller, error);
      request.errorSteps(error);
      return;
    }
  }
  controller.pendingPullIntos.push(descriptor);
  addReadIntoRequest(stream, request);
  byteCallPullIfNeeded(controller);
}

function byteControllerRespond(controller, bytesWritten) {
  const first = controller.pendingPullIntos[0];
  if (controller.stream.state === 'closed') {
    if (bytesWritten !== 0) {
      throw new ERR_INVALID_ARG_VALUE('bytesWritten', bytesWritten, 'must be 0 when the stream is closed');
    }
  } else {
    if (bytesWritten === 0) {
      throw new ERR_INVALID_ARG_VALUE('bytesWritten', bytesWritten, 'must be greater than 0');
    }
    if (first.bytesFilled + bytesWritten > first.byteLength) {
      throw new ERR_INVALID_ARG_VALUE.RangeError('bytesWritten', bytesWritten);
    }
  }
  first.buffer = transferBuffer(first.buffer);
  respondInternal(controller, bytesWritten);
}

function respondInClosedState(controller, first) {
  if (first.readerType === 'none') controller.pendingPullIntos.shift();
  const stream = controller.stream;
  if (!hasBYOBReader(stream)) return;
  const filled = [];
  while (filled.length < numReadIntoRequests(stream)) filled.push(controller.pendingPullIntos.shift());
  for (const descriptor of filled) commitPullIntoDescriptor(stream, descriptor);
}

function respondInReadableState(controller, bytesWritten, descriptor) {
  descriptor.bytesFilled += bytesWritten;
  if (descriptor.readerType === 'none') {
    enqueueDetachedPullIntoToQueue(controller, descriptor);
    for (const filled of processPullIntoDescriptorsUsingQueue(controller)) {
      commitPullIntoDescriptor(controller.stream, filled);
    }
    return;
  }
  if (descriptor.bytesFilled < descriptor.minimumFill) return;
  controller.pendingPullIntos.shift();
  const remainder = descriptor.bytesFilled % descriptor.elementSize;
  if (remainder > 0) {
    const end = descriptor.byteOffset + descriptor.bytesFilled;
    enqueueClonedChunkToQueue(controller, descriptor.buffer, end - remainder, remainder);
  }
  descriptor.bytesFilled -= remainder;
  const filled = processPullIntoDescriptorsUsingQueue(controller);
  commitPullIntoDescriptor(controller.stream, descriptor);
  for (const other of filled) commitPullIntoDescriptor(controller.stream, other);
}

function respondInternal(controller, bytesWritten) {
  const first = controller.pendingPullIntos[0];
  invalidateBYOBRequest(controller);
  if (controller.stream.state === 'closed') respondInClosedState(controller, first);
  else respondInReadableState(controller, bytesWritten, first);
  byteCallPullIfNeeded(controller);
}

function respondWithNewView(controller, view) {
  const first = controller.pendingPullIntos[0];
  if (controller.stream.state === 'closed') {
    if (view.byteLength !== 0) {
      throw new ERR_INVALID_ARG_VALUE('view', view, 'must have a byteLength of 0 when the stream is closed');
    }
  } else if (view.byteLength === 0) {
    throw new ERR_INVALID_ARG_VALUE('view', view, 'must have a non-zero byteLength');
  }
  if (first.byteOffset + first.bytesFilled !== view.byteOffset) {
    throw new ERR_INVALID_ARG_VALUE.RangeError('view', view, 'has an invalid byteOffset');
  }
  if (first.bufferByteLength !== view.buffer.byteLength) {
    throw new ERR_INVALID_ARG_VALUE.RangeError('view', view, 'has an invalid buffer byteLength');
  }
  if (first.bytesFilled + view.byteLength > first.byteLength) {
    throw new ERR_INVALID_ARG_VALUE.RangeError('view', view, 'is too long');
  }
  const viewByteLength = view.byteLength;
  first.buffer = transferBuffer(view.buffer);
  respondInternal(controller, viewByteLength);
}

function setUpByteController(stream, controller, start, pull, cancel, highWaterMark, autoAllocateChunkSize) {
  controller.wrapper = Object.create(ReadableByteStreamController.prototype);
  setSlots(controller.wrapper, controller);
  controller.stream = stream;
  controller.strategyHWM = highWaterMark;
  controller.pullAlgorithm = pull;
  controller.cancelAlgorithm = cancel;
  controller.autoAllocateChunkSize = autoAllocateChunkSize;
  stream.controller = controller;
  const startResult = start(controller.wrapper);
  settle(Promise.resolve(startResult), () => {
    controller.started = true;
    byteCallPullIfNeeded(controller);
  }, (error) => byteControllerError(controller, error));
}

function setUpByteControllerFromSource(stream, source, highWaterMark) {
  const { start, pull, cancel } = sourceAlgorithms(source);
  let autoAllocateChunkSize = source.autoAllocateChunkSize;
  if (autoAllocateChunkSize !== undefined) {
    autoAllocateChunkSize = Number(autoAllocateChunkSize);
    if (!Number.isInteger(autoAllocateChunkSize) || autoAllocateChunkSize <= 0) {
      throw new ERR_INVALID_ARG_VALUE('source.autoAllocateChunkSize', source.autoAllocateChunkSize);
    }
  }
  const controller = new ByteControllerState();
  setUpByteController(stream, controller, start, () => pull(controller.wrapper), cancel, highWaterMark,
    autoAllocateChunkSize);
}

class ReadableByteStreamController {
  constructor() {
    throw new ERR_ILLEGAL_CONSTRUCTOR();
  }

  get byobRequest() {
    return getBYOBRequest(slotsOf(this, ReadableByteStreamController));
  }

  get desiredSize() {
    return byteGetDesiredSize(slotsOf(this, ReadableByteStreamController));
  }

  close() {
    const controller = slotsOf(this, ReadableByteStreamController);
    if (controller.closeRequested) throw invalidState('Controller is already closed');
    if (controller.stream.state !== 'readable') throw invalidState('ReadableStream is already closed');
    byteControllerClose(controller);
  }

  enqueue(chunk) {
    const controller = slotsOf(this, ReadableByteStreamController);
    if (!isArrayBufferView(chunk)) {
      throw new ERR_INVALID_ARG_TYPE('buffer', ['Buffer', 'TypedArray', 'DataView'], chunk);
    }
    if (chunk.byteLength === 0 || chunk.buffer.byteLength === 0) {
      throw invalidState('chunk ArrayBuffer is zero-length or detached');
    }
    if (controller.closeRequested) throw invalidState('Controller is already closed');
    if (controller.stream.state !== 'readable') throw invalidState('ReadableStream is already closed');
    byteControllerEnqueue(controller, chunk);
  }

  error(error = undefined) {
    byteControllerError(slotsOf(this, ReadableByteStreamController), error);
  }

  [customInspect](depth, options) {
    slotsOf(this, ReadableByteStreamController);
    return inspectShown(this, {}, depth, options);
  }
}

class ReadableStreamBYOBRequest {
  constructor() {
    throw new ERR_ILLEGAL_CONSTRUCTOR();
  }

  get view() {
    return slotsOf(this, ReadableStreamBYOBRequest).view;
  }

  respond(bytesWritten) {
    const request = slotsOf(this, ReadableStreamBYOBRequest);
    const written = Number(bytesWritten);
    if (!Number.isFinite(written) || written < 0) {
      throw new ERR_INVALID_ARG_VALUE.RangeError('bytesWritten', bytesWritten);
    }
    if (request.controller === undefined) throw invalidState('This BYOB request has been invalidated');
    if (isDetached(request.view.buffer) || request.view.buffer.byteLength === 0) {
      throw invalidState('Viewed ArrayBuffer is detached');
    }
    byteControllerRespond(request.controller, Math.trunc(written));
  }

  respondWithNewView(view) {
    const request = slotsOf(this, ReadableStreamBYOBRequest);
    if (!isArrayBufferView(view)) throw new ERR_INVALID_ARG_TYPE('view', ['Buffer', 'TypedArray', 'DataView'], view);
    if (request.controller === undefined) throw invalidState('This BYOB request has been invalidated');
    if (isDetached(view.buffer)) throw invalidState('Viewed ArrayBuffer is detached');
    respondWithNewView(request.controller, view);
  }

  [customInspect](depth, options) {
    const request = slotsOf(this, ReadableStreamBYOBRequest);
    return inspectShown(this, { view: request.view, controller: request.controller?.wrapper }, depth, options);
  }
}

// ================================================================ tee
function readableStreamTee(stream) {
  if (stream.controller instanceof ByteControllerState) return byteStreamTee(stream);
  return defaultStreamTee(stream);
}

/** What both kinds of tee share: the branches' cancel algorithms and the cancel promise. */
function teeCancellation(stream) {
  const tee = {
    canceled1: false,
    canceled2: false,
    reason1: undefined,
    reason2: undefined,
    cancelPromise: deferred(),
    branch1: undefined,
    branch2: undefined,
  };
  const cancelBoth = () => {
    tee.cancelPromise.resolve(readableStreamCancel(stream, [tee.reason1, tee.reason2]));
  };
  tee.cancel1 = (reason) => {
    tee.canceled1 = true;
    tee.reason1 = reason;
    if (tee.canceled2) cancelBoth();
    return tee.cancelPromise.promise;
  };
  tee.cancel2 = (reason) => {
    tee.canceled2 = true;
    tee.reason2 = reason;
    if (tee.canceled1) cancelBoth();
    return tee.cancelPromise.promise;
  };
  tee.resolveUnlessBothCanceled = () => {
    if (!tee.canceled1 || !tee.canceled2) tee.cancelPromise.resolve();
  };
  return tee;
}

function defaultStreamTee(stream) {
  const reader = acquireDefaultReader(stream);
  const tee = teeCancellation(stream);
  let reading = false;
  let readAgain = false;
  const pull = () => {
    if (reading) {
      readAgain = true;
      return Promise.resolve();
    }
    reading = true;
    defaultReaderRead(reader, {
      chunkSteps(chunk) {
        queueMicrotask(() => {
          readAgain = false;
          if (!tee.canceled1) defaultControllerEnqueue(tee.branch1.controller, chunk);
          if (!tee.canceled2) defaultControllerEnqueue(tee.branch2.controller, chunk);
          reading = false;
          if (readAgain) pull();
        });
      },
      closeSteps() {
        reading = false;
        if (!tee.canceled1) defaultControllerClose(tee.branch1.controller);
        if (!tee.canceled2) defaultControllerClose(tee.branch2.controller);
        tee.resolveUnlessBothCanceled();
      },
      errorSteps() {
        reading = false;
      },
    });
    return Promise.resolve();
  };
  tee.branch1 = createReadableStream(noop, pull, tee.cancel1);
  tee.branch2 = createReadableStream(noop, pull, tee.cancel2);
  settle(reader.closed.promise, undefined, (error) => {
    defaultControllerError(tee.branch1.controller, error);
    defaultControllerError(tee.branch2.controller, error);
    tee.resolveUnlessBothCanceled();
  });
  return [tee.branch1, tee.branch2];
}

function cloneAsUint8Array(view) {
  return new Uint8Array(view.buffer.slice(view.byteOffset, view.byteOffset + view.byteLength));
}

function byteStreamTee(stream) {
  let reader = acquireDefaultReader(stream);
  const tee = teeCancellation(stream);
  let reading = false;
  let readAgainForBranch1 = false;
  let readAgainForBranch2 = false;

  const forwardReaderError = (thisReader) => {
    settle(thisReader.closed.promise, undefined, (error) => {
      if (thisReader !== reader) return;
      byteControllerError(tee.branch1.controller, error);
      byteControllerError(tee.branch2.controller, error);
      tee.resolveUnlessBothCanceled();
    });
  };
  const failBoth = (error) => {
    byteControllerError(tee.branch1.controller, error);
    byteControllerError(tee.branch2.controller, error);
    tee.cancelPromise.resolve(readableStreamCancel(stream, error));
  };
  const readAgain = () => {
    if (readAgainForBranch1) pull1();
    else if (readAgainForBranch2) pull2();
  };

  const pullWithDefaultReader = () => {
    if (reader instanceof BYOBReaderState) {
      readerGenericRelease(reader);
      reader = acquireDefaultReader(stream);
      forwardReaderError(reader);
    }
    defaultReaderRead(reader, {
      chunkSteps(chunk) {
        queueMicrotask(() => {
          readAgainForBranch1 = false;
          readAgainForBranch2 = false;
          let chunk2 = chunk;
          if (!tee.canceled1 && !tee.canceled2) {
            try {
              chunk2 = cloneAsUint8Array(chunk);
            } catch (err) {
              failBoth(err);
              return;
            }
          }
          if (!tee.canceled1) byteControllerEnqueue(tee.branch1.controller, chunk);
          if (!tee.canceled2) byteControllerEnqueue(tee.branch2.controller, chunk2);
          reading = false;
          readAgain();
        });
      },
      closeSteps() {
        reading = false;
        const c1 = tee.branch1.controller;
        const c2 = tee.branch2.controller;
        if (!tee.canceled1) byteControllerClose(c1);
        if (!tee.canceled2) byteControllerClose(c2);
        if (c1.pendingPullIntos.length > 0) byteControllerRespond(c1, 0);
        if (c2.pendingPullIntos.length > 0) byteControllerRespond(c2, 0);
        tee.resolveUnlessBothCanceled();
      },
      errorSteps() {
        reading = false;
      },
    });
  };

  const pullWithBYOBReader = (view, forBranch2) => {
    if (reader instanceof DefaultReaderState) {
      readerGenericRelease(reader);
      reader = acquireBYOBReader(stream);
      forwardReaderError(reader);
    }
    const byobBranch = forBranch2 ? tee.branch2 : tee.branch1;
    const otherBranch = forBranch2 ? tee.branch1 : tee.branch2;
    const canceled = () => [forBranch2 ? tee.canceled2 : tee.canceled1, forBranch2 ? tee.canceled1 : tee.canceled2];
    byobReaderRead(reader, view, 1, {
      chunkSteps(chunk) {
        queueMicrotask(() => {
          readAgainForBranch1 = false;
          readAgainForBranch2 = false;
          const [byobCanceled, otherCanceled] = canceled();
          if (!otherCanceled) {
            let clone;
            try {
              clone = cloneAsUint8Array(chunk);
            } catch (err) {
              failBoth(err);
              return;
            }
            if (!byobCanceled) respondWithNewView(byobBranch.controller, chunk);
            byteControllerEnqueue(otherBranch.controller, clone);
          } else if (!byobCanceled) {
            respondWithNewView(byobBranch.controller, chunk);
          }
          reading = false;
          readAgain();
        });
      },
      closeSteps(chunk) {
        reading = false;
        const [byobCanceled, otherCanceled] = canceled();
        if (!byobCanceled) byteControllerClose(byobBranch.controller);
        if (!otherCanceled) byteControllerClose(otherBranch.controller);
        if (chunk !== undefined) {
          if (!byobCanceled) respondWithNewView(byobBranch.controller, chunk);
          if (!otherCanceled && otherBranch.controller.pendingPullIntos.length > 0) {
            byteControllerRespond(otherBranch.controller, 0);
          }
        }
        if (!byobCanceled || !otherCanceled) tee.cancelPromise.resolve();
      },
      errorSteps() {
        reading = false;
      },
    });
  };

  const pullBranch = (branch, forBranch2) => {
    if (reading) {
      if (forBranch2) readAgainForBranch2 = true;
      else readAgainForBranch1 = true;
      return Promise.resolve();
    }
    reading = true;
    const request = getBYOBRequest(branch.controller);
    if (request === null) pullWithDefaultReader();
    else pullWithBYOBReader(request[kState].view, forBranch2);
    return Promise.resolve();
  };
  const pull1 = () => pullBranch(tee.branch1, false);
  const pull2 = () => pullBranch(tee.branch2, true);
  tee.branch1 = createReadableByteStream(noop, pull1, tee.cancel1);
  tee.branch2 = createReadableByteStream(noop, pull2, tee.cancel2);
  forwardReaderError(reader);
  return [tee.branch1, tee.branch2];
}

// ================================================================ pipeTo
function readableStreamPipeTo(source, dest, { preventClose, preventAbort, preventCancel, signal }) {
  const reader = acquireDefaultReader(source);
  const writer = writable.acquireWriter(dest);
  source.disturbed = true;
  let shuttingDown = false;
  let currentWrite = Promise.resolve();
  const result = deferred();

  const waitForWritesToFinish = () => {
    const oldCurrentWrite = currentWrite;
    return then(oldCurrentWrite, () => (oldCurrentWrite !== currentWrite ? waitForWritesToFinish() : undefined));
  };
  const destIsOpen = () => dest.state === 'writable' && !writable.closeQueuedOrInFlight(dest);
  const finalize = (isError, error) => {
    writable.writerRelease(writer);
    defaultReaderRelease(reader);
    signal?.removeEventListener('abort', abortAlgorithm);
    if (isError) result.reject(error);
    else result.resolve();
  };
  const shutdownWithAction = (action, originalIsError = false, originalError = undefined) => {
    if (shuttingDown) return;
    shuttingDown = true;
    const doTheRest = () => {
      settle(action(), () => finalize(originalIsError, originalError), (error) => finalize(true, error));
    };
    if (destIsOpen()) settle(waitForWritesToFinish(), doTheRest);
    else doTheRest();
  };
  const shutdown = (isError = false, error = undefined) => {
    if (shuttingDown) return;
    shuttingDown = true;
    if (destIsOpen()) settle(waitForWritesToFinish(), () => finalize(isError, error));
    else finalize(isError, error);
  };
  function abortAlgorithm() {
    const error = signal.reason;
    const actions = [];
    if (!preventAbort) {
      actions.push(() => (dest.state === 'writable' ? writable.writableStreamAbort(dest, error) : Promise.resolve()));
    }
    if (!preventCancel) {
      actions.push(() => (source.state === 'readable' ? readableStreamCancel(source, error) : Promise.resolve()));
    }
    shutdownWithAction(() => Promise.all(actions.map((action) => action())), true, error);
  }
  if (signal !== undefined) {
    if (signal.aborted) {
      abortAlgorithm();
      return result.promise;
    }
    signal.addEventListener('abort', abortAlgorithm, { once: true });
  }

  // The four conditions, in the standard's order of precedence.
  const onSourceErrored = (error) => {
    if (!preventAbort) shutdownWithAction(() => writable.writableStreamAbort(dest, error), true, error);
    else shutdown(true, error);
  };
  const onDestErrored = (error) => {
    if (!preventCancel) shutdownWithAction(() => readableStreamCancel(source, error), true, error);
    else shutdown(true, error);
  };
  const onSourceClosed = () => {
    if (!preventClose) shutdownWithAction(() => writable.writerCloseWithErrorPropagation(writer));
    else shutdown();
  };
  const onDestClosed = () => {
    const error = invalidState('Destination WritableStream is closed');
    if (!preventCancel) shutdownWithAction(() => readableStreamCancel(source, error), true, error);
    else shutdown(true, error);
  };
  if (source.state === 'errored') onSourceErrored(source.storedError);
  else if (dest.state === 'errored' || dest.state === 'erroring') onDestErrored(dest.storedError);
  else if (source.state === 'closed') onSourceClosed();
  else if (writable.closeQueuedOrInFlight(dest) || dest.state === 'closed') onDestClosed();
  settle(reader.closed.promise, () => onSourceClosed(), (error) => onSourceErrored(error));
  settle(writable.writerClosedPromise(writer), undefined, (error) => onDestErrored(error));

  const pipeStep = () => {
    if (shuttingDown) return;
    settle(writable.writerReadyPromise(writer), () => {
      if (shuttingDown) return;
      defaultReaderRead(reader, {
        // Writing waits a microtask: a chunk enqueued into the source must not reach the sink synchronously.
        chunkSteps(chunk) {
          const written = then(Promise.resolve(), () => {
            const write = writable.writerWrite(writer, chunk);
            pipeStep();
            return write;
          });
          currentWrite = markHandled(then(written, noop, noop));
        },
        closeSteps: noop,
        errorSteps: noop,
      });
    });
  };
  pipeStep();
  return result.promise;
}

// ================================================================ async iteration
const AsyncIteratorPrototype = Object.getPrototypeOf(Object.getPrototypeOf(async function* generator() {}).prototype);

const ReadableStreamAsyncIteratorPrototype = Object.create(AsyncIteratorPrototype, {
  next: {
    value: function next() {
      const iterator = this?.[kState];
      if (iterator === undefined) return rejected(new TypeError('Not a ReadableStream async iterator'));
      const nextSteps = () => {
        if (iterator.finished) return { done: true, value: undefined };
        const reader = iterator.reader;
        if (reader.stream === undefined) return rejected(invalidState('The reader is not attached to a stream'));
        const request = promiseReadRequest();
        defaultReaderRead(reader, request);
        return then(request.promise, (result) => {
          if (!result.done) return { value: result.value, done: false };
          iterator.finished = true;
          defaultReaderRelease(reader);
          return result;
        }, (error) => {
          iterator.finished = true;
          defaultReaderRelease(reader);
          throw error;
        });
      };
      iterator.ongoing = iterator.ongoing === undefined ? nextSteps() : then(iterator.ongoing, nextSteps, nextSteps);
      return iterator.ongoing;
    },
    writable: true,
    configurable: true,
    enumerable: true,
  },
  return: {
    value: { return(value) {
      const iterator = this?.[kState];
      if (iterator === undefined) return rejected(new TypeError('Not a ReadableStream async iterator'));
      const returnSteps = () => {
        if (iterator.finished) return { done: true, value };
        iterator.finished = true;
        const reader = iterator.reader;
        if (reader.stream === undefined) return { done: true, value };
        if (!iterator.preventCancel) {
          const result = readableStreamCancel(reader.stream, value);
          defaultReaderRelease(reader);
          return then(result, () => ({ done: true, value }));
        }
        defaultReaderRelease(reader);
        return { done: true, value };
      };
      iterator.ongoing = iterator.ongoing === undefined
        ? returnSteps()
        : then(iterator.ongoing, returnSteps, returnSteps);
      return Promise.resolve(iterator.ongoing);
    } }.return,
    writable: true,
    configurable: true,
    enumerable: true,
  },
  [Symbol.toStringTag]: { value: 'ReadableStream AsyncIterator', configurable: true },
});

function createAsyncIterator(reader, preventCancel) {
  const iterator = Object.create(ReadableStreamAsyncIteratorPrototype);
  setSlots(iterator, { reader, preventCancel, finished: false, ongoing: undefined });
  return iterator;
}

// ================================================================ ReadableStream.from
function getAsyncIterator(iterable) {
  const asyncMethod = iterable?.[Symbol.asyncIterator];
  if (asyncMethod != null) {
    if (typeof asyncMethod !== 'function') throw new ERR_ARG_NOT_ITERABLE(iterable);
    return Reflect.apply(asyncMethod, iterable, []);
  }
  const syncMethod = iterable?.[Symbol.iterator];
  if (typeof syncMethod !== 'function') throw new ERR_ARG_NOT_ITERABLE(String(iterable));
  const syncIterator = Reflect.apply(syncMethod, iterable, []);
  // CreateAsyncFromSyncIterator: each result's value is awaited.
  const settleResult = (result) => {
    if (result === null || typeof result !== 'object') throw new TypeError('iterator result is not an object');
    return then(Promise.resolve(result.value), (value) => ({ value, done: Boolean(result.done) }));
  };
  return {
    next: () => settleResult(syncIterator.next()),
    return: syncIterator.return === undefined
      ? undefined
      : (value) => settleResult(syncIterator.return(value)),
  };
}

function readableStreamFromIterable(iterable) {
  const iterator = getAsyncIterator(iterable);
  if (iterator === null || typeof iterator !== 'object') throw new ERR_ARG_NOT_ITERABLE(String(iterable));
  const nextMethod = iterator.next;
  let stream;
  const pull = () => {
    let nextPromise;
    try {
      nextPromise = Promise.resolve(Reflect.apply(nextMethod, iterator, []));
    } catch (err) {
      return rejected(err);
    }
    return then(nextPromise, (result) => {
      if (result === null || typeof result !== 'object') {
        throw new ERR_INVALID_STATE.TypeError(
          'The promise returned by the iterator.next() method must fulfill with an object');
      }
      if (result.done) defaultControllerClose(stream.controller);
      else defaultControllerEnqueue(stream.controller, result.value);
    });
  };
  const cancel = (reason) => {
    let returnResult;
    try {
      const returnMethod = iterator.return;
      if (returnMethod == null) return Promise.resolve();
      returnResult = Reflect.apply(returnMethod, iterator, [reason]);
    } catch (err) {
      return rejected(err);
    }
    return then(Promise.resolve(returnResult), (value) => {
      if (value === null || typeof value !== 'object') {
        throw new ERR_INVALID_STATE.TypeError(
          'The promise returned by the iterator.return() method must fulfill with an object');
      }
    });
  };
  stream = createReadableStream(noop, pull, cancel, 0);
  return stream;
}

for (const Class of [ReadableStream, ReadableStreamDefaultReader, ReadableStreamBYOBReader,
  ReadableStreamDefaultController, ReadableByteStreamController, ReadableStreamBYOBRequest]) {
  webIdlClass(Class);
}
Object.defineProperty(ReadableStream.prototype, Symbol.asyncIterator, {
  value: ReadableStream.prototype.values, writable: true, configurable: true, enumerable: false,
});

module.exports = {
  ReadableStream,
  ReadableStreamDefaultReader,
  ReadableStreamBYOBReader,
  ReadableStreamBYOBRequest,
  ReadableByteStreamController,
  ReadableStreamDefaultController,
  // for TransformStream, Blob and the adapters
  createReadableStream,
  createReadableByteStream,
  readableStreamCancel,
  defaultControllerClose,
  defaultControllerEnqueue,
  defaultControllerError,
  defaultGetDesiredSize,
  defaultHasBackpressure,
  defaultCanCloseOrEnqueue,
  byteControllerEnqueue,
  byteControllerClose,
  isLocked,
  acquireDefaultReader,
  defaultReaderRead,
  defaultReaderRelease,
};

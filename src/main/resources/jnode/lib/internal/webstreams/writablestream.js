'use strict';
// WritableStream (§5 of the WHATWG Streams Standard) with its default writer and controller. As in
// readablestream.js, public objects keep the spec's internal slots in a record under kState.

const {
  codes: { ERR_INVALID_ARG_VALUE, ERR_ILLEGAL_CONSTRUCTOR },
} = require('internal/errors');
const {
  kState, setSlots, deferred, markHandled, rejected, promiseCall, settle, dequeueValue, enqueueValueWithSize,
  peekQueueValue, resetQueue, extractHighWaterMark, extractSizeAlgorithm, callbackMember, checkDictionary,
  checkUnderlying,
  slotsOf, isBrand, invalidState, inspectShown, customInspect, webIdlClass,
} = require('internal/webstreams/util');

const kCreate = Symbol('kCreate');
const closeSentinel = Symbol('close');

/** A deferred that knows whether it is still pending (the writer's promises are replaced by state). */
function pending() {
  const d = deferred();
  d.state = 'pending';
  const { resolve, reject } = d;
  d.resolve = (value) => {
    d.state = 'fulfilled';
    resolve(value);
  };
  d.reject = (reason) => {
    d.state = 'rejected';
    reject(reason);
  };
  return d;
}

function resolvedDeferred() {
  const d = pending();
  d.resolve();
  return d;
}

function rejectedDeferred(reason) {
  const d = pending();
  d.reject(reason);
  markHandled(d.promise);
  return d;
}

// ================================================================ WritableStream
class WritableStream {
  constructor(underlyingSink = undefined, strategy = undefined) {
    if (underlyingSink === kCreate) return;
    const sink = checkUnderlying(underlyingSink, 'sink');
    const strategyDict = checkDictionary(strategy, 'strategy');
    if (sink.type !== undefined) throw new ERR_INVALID_ARG_VALUE.RangeError('type', sink.type);
    const stream = initializeWritableStream(this);
    const size = extractSizeAlgorithm(strategyDict);
    const hwm = extractHighWaterMark(strategyDict, 1);
    setUpControllerFromSink(stream, sink, hwm, size);
  }

  get locked() {
    return isWritableStreamLocked(slotsOf(this, WritableStream));
  }

  abort(reason = undefined) {
    let stream;
    try {
      stream = slotsOf(this, WritableStream);
    } catch (err) {
      return rejected(err);
    }
    if (isWritableStreamLocked(stream)) return rejected(invalidState('WritableStream is locked'));
    return writableStreamAbort(stream, reason);
  }

  close() {
    let stream;
    try {
      stream = slotsOf(this, WritableStream);
    } catch (err) {
      return rejected(err);
    }
    if (isWritableStreamLocked(stream)) return rejected(invalidState('WritableStream is locked'));
    if (closeQueuedOrInFlight(stream)) return rejected(invalidState('Failure to close WritableStream'));
    return writableStreamClose(stream);
  }

  getWriter() {
    return acquireWriter(slotsOf(this, WritableStream)).wrapper;
  }

  [customInspect](depth, options) {
    const stream = slotsOf(this, WritableStream);
    return inspectShown(this, { locked: isWritableStreamLocked(stream), state: stream.state }, depth, options);
  }
}

function initializeWritableStream(wrapper) {
  const stream = {
    wrapper,
    state: 'writable',
    storedError: undefined,
    writer: undefined,
    controller: undefined,
    inFlightWriteRequest: undefined,
    closeRequest: undefined,
    inFlightCloseRequest: undefined,
    pendingAbortRequest: undefined,
    writeRequests: [],
    backpressure: false,
  };
  setSlots(wrapper, stream);
  return stream;
}

function createWritableStream(start, write, close, abort, highWaterMark = 1, size = () => 1) {
  const stream = initializeWritableStream(new WritableStream(kCreate));
  setUpController(stream, new ControllerState(), start, write, close, abort, highWaterMark, size);
  return stream;
}

function isWritableStreamLocked(stream) {
  return stream.writer !== undefined;
}

function writableStreamAbort(stream, reason) {
  if (stream.state === 'closed' || stream.state === 'errored') return Promise.resolve();
  stream.controller.abortController.abort(reason);
  // Aborting the signal ran user code, which may have changed the state.
  const state = stream.state;
  if (state === 'closed' || state === 'errored') return Promise.resolve();
  if (stream.pendingAbortRequest !== undefined) return stream.pendingAbortRequest.promise.promise;
  const wasAlreadyErroring = state === 'erroring';
  const promise = deferred();
  stream.pendingAbortRequest = { promise, reason: wasAlreadyErroring ? undefined : reason, wasAlreadyErroring };
  if (!wasAlreadyErroring) startErroring(stream, reason);
  return promise.promise;
}

function writableStreamClose(stream) {
  if (stream.state === 'closed' || stream.state === 'errored') {
    return rejected(invalidState(`WritableStream is ${stream.state}`));
  }
  const promise = deferred();
  stream.closeRequest = promise;
  const writer = stream.writer;
  if (writer !== undefined && stream.backpressure && stream.state === 'writable') writer.ready.resolve();
  enqueueValueWithSize(stream.controller, closeSentinel, 0);
  advanceQueueIfNeeded(stream.controller);
  return promise.promise;
}

function addWriteRequest(stream) {
  const promise = deferred();
  stream.writeRequests.push(promise);
  return promise.promise;
}

function closeQueuedOrInFlight(stream) {
  return stream.closeRequest !== undefined || stream.inFlightCloseRequest !== undefined;
}

function dealWithRejection(stream, error) {
  if (stream.state === 'writable') startErroring(stream, error);
  else finishErroring(stream);
}

function finishErroring(stream) {
  stream.state = 'errored';
  resetQueue(stream.controller);
  const error = stream.storedError;
  const requests = stream.writeRequests;
  stream.writeRequests = [];
  for (const request of requests) request.reject(error);
  const abortRequest = stream.pendingAbortRequest;
  if (abortRequest === undefined) {
    rejectCloseAndClosedPromiseIfNeeded(stream);
    return;
  }
  stream.pendingAbortRequest = undefined;
  if (abortRequest.wasAlreadyErroring) {
    abortRequest.promise.reject(error);
    rejectCloseAndClosedPromiseIfNeeded(stream);
    return;
  }
  const controller = stream.controller;
  const result = controller.abortAlgorithm(abortRequest.reason);
  clearAlgorithms(controller);
  settle(result, () => {
    abortRequest.promise.resolve();
    rejectCloseAndClosedPromiseIfNeeded(stream);
  }, (reason) => {
    abortRequest.promise.reject(reason);
    rejectCloseAndClosedPromiseIfNeeded(stream);
  });
}

function finishInFlightClose(stream) {
  stream.inFlightCloseRequest.resolve();
  stream.inFlightCloseRequest = undefined;
  if (stream.state === 'erroring') {
    stream.storedError = undefined;
    if (stream.pendingAbortRequest !== undefined) {
      stream.pendingAbortRequest.promise.resolve();
      stream.pendingAbortRequest = undefined;
    }
  }
  stream.state = 'closed';
  stream.writer?.closed.resolve();
}

function finishInFlightCloseWithError(stream, error) {
  stream.inFlightCloseRequest.reject(error);
  stream.inFlightCloseRequest = undefined;
  if (stream.pendingAbortRequest !== undefined) {
    stream.pendingAbortRequest.promise.reject(error);
    stream.pendingAbortRequest = undefined;
  }
  dealWithRejection(stream, error);
}

function rejectCloseAndClosedPromiseIfNeeded(stream) {
  if (stream.closeRequest !== undefined) {
    stream.closeRequest.reject(stream.storedError);
    stream.closeRequest = undefined;
  }
  const writer = stream.writer;
  if (writer !== undefined) {
    writer.closed.reject(stream.storedError);
    markHandled(writer.closed.promise);
  }
}

function startErroring(stream, reason) {
  const controller = stream.controller;
  stream.state = 'erroring';
  stream.storedError = reason;
  if (stream.writer !== undefined) ensureReadyPromiseRejected(stream.writer, reason);
  if (stream.inFlightWriteRequest === undefined && stream.inFlightCloseRequest === undefined && controller.started) {
    finishErroring(stream);
  }
}

function updateBackpressure(stream, backpressure) {
  const writer = stream.writer;
  if (writer !== undefined && backpressure !== stream.backpressure) {
    if (backpressure) writer.ready = pending();
    else writer.ready.resolve();
  }
  stream.backpressure = backpressure;
}

// ================================================================ writer
class WriterState {
  constructor(wrapper) {
    this.wrapper = wrapper;
    this.stream = undefined;
    this.ready = undefined;
    this.closed = undefined;
    setSlots(wrapper, this);
  }
}

function acquireWriter(stream) {
  const writer = new WriterState(Object.create(WritableStreamDefaultWriter.prototype));
  setUpWriter(writer, stream);
  return writer;
}

function setUpWriter(writer, stream) {
  if (isWritableStreamLocked(stream)) throw invalidState('WritableStream is locked');
  writer.stream = stream;
  stream.writer = writer;
  switch (stream.state) {
    case 'writable':
      writer.ready = !closeQueuedOrInFlight(stream) && stream.backpressure ? pending() : resolvedDeferred();
      writer.closed = pending();
      break;
    case 'erroring':
      writer.ready = rejectedDeferred(stream.storedError);
      writer.closed = pending();
      break;
    case 'closed':
      writer.ready = resolvedDeferred();
      writer.closed = resolvedDeferred();
      break;
    default:
      writer.ready = rejectedDeferred(stream.storedError);
      writer.closed = rejectedDeferred(stream.storedError);
  }
}

function writerCloseWithErrorPropagation(writer) {
  const stream = writer.stream;
  if (closeQueuedOrInFlight(stream) || stream.state === 'closed') return Promise.resolve();
  if (stream.state === 'errored') return rejected(stream.storedError);
  return writableStreamClose(stream);
}

function ensureClosedPromiseRejected(writer, error) {
  if (writer.closed.state === 'pending') writer.closed.reject(error);
  else writer.closed = rejectedDeferred(error);
  markHandled(writer.closed.promise);
}

function ensureReadyPromiseRejected(writer, error) {
  if (writer.ready.state === 'pending') writer.ready.reject(error);
  else writer.ready = rejectedDeferred(error);
  markHandled(writer.ready.promise);
}

function writerGetDesiredSize(writer) {
  const stream = writer.stream;
  if (stream.state === 'errored' || stream.state === 'erroring') return null;
  if (stream.state === 'closed') return 0;
  return controllerGetDesiredSize(stream.controller);
}

function writerRelease(writer) {
  const stream = writer.stream;
  const error = invalidState('Writer has been released');
  ensureReadyPromiseRejected(writer, error);
  ensureClosedPromiseRejected(writer, error);
  stream.writer = undefined;
  writer.stream = undefined;
}

function writerWrite(writer, chunk) {
  const stream = writer.stream;
  const controller = stream.controller;
  const chunkSize = controllerGetChunkSize(controller, chunk);
  if (stream !== writer.stream) return rejected(invalidState('Writer has been released'));
  const state = stream.state;
  if (state === 'errored') return rejected(stream.storedError);
  if (closeQueuedOrInFlight(stream) || state === 'closed') return rejected(invalidState('WritableStream is closed'));
  if (state === 'erroring') return rejected(stream.storedError);
  const promise = addWriteRequest(stream);
  controllerWrite(controller, chunk, chunkSize);
  return promise;
}

function writerClosedPromise(writer) {
  return writer.closed.promise;
}

function writerReadyPromise(writer) {
  return writer.ready.promise;
}

function checkStream(value) {
  if (!isBrand(value, WritableStream)) {
    const { codes: { ERR_INVALID_ARG_TYPE } } = require('internal/errors');
    throw new ERR_INVALID_ARG_TYPE('stream', 'WritableStream', value);
  }
  return value[kState];
}

/** The writer's record, or a rejection when `this` is no writer or has been released. */
function attachedWriter(self) {
  const writer = slotsOf(self, WritableStreamDefaultWriter);
  if (writer.stream === undefined) throw invalidState('Writer is not bound to a WritableStream');
  return writer;
}

class WritableStreamDefaultWriter {
  constructor(stream) {
    setUpWriter(new WriterState(this), checkStream(stream));
  }

  get closed() {
    try {
      return slotsOf(this, WritableStreamDefaultWriter).closed.promise;
    } catch (err) {
      return rejected(err);
    }
  }

  get desiredSize() {
    return writerGetDesiredSize(attachedWriter(this));
  }

  get ready() {
    try {
      return slotsOf(this, WritableStreamDefaultWriter).ready.promise;
    } catch (err) {
      return rejected(err);
    }
  }

  abort(reason = undefined) {
    try {
      return writableStreamAbort(attachedWriter(this).stream, reason);
    } catch (err) {
      return rejected(err);
    }
  }

  close() {
    let writer;
    try {
      writer = attachedWriter(this);
    } catch (err) {
      return rejected(err);
    }
    if (closeQueuedOrInFlight(writer.stream)) return rejected(invalidState('Failure to close WritableStream'));
    return writableStreamClose(writer.stream);
  }

  releaseLock() {
    const writer = slotsOf(this, WritableStreamDefaultWriter);
    if (writer.stream !== undefined) writerRelease(writer);
  }

  write(chunk = undefined) {
    try {
      return writerWrite(attachedWriter(this), chunk);
    } catch (err) {
      return rejected(err);
    }
  }

  [customInspect](depth, options) {
    const writer = slotsOf(this, WritableStreamDefaultWriter);
    return inspectShown(this, {
      stream: writer.stream?.wrapper,
      close: writer.closed.promise,
      ready: writer.ready.promise,
      desiredSize: writer.stream === undefined ? undefined : writerGetDesiredSize(writer),
    }, depth, options);
  }
}

// ================================================================ controller
class ControllerState {
  stream = undefined;
  queue = [];
  queueTotalSize = 0;
  abortController = undefined;
  started = false;
  strategySizeAlgorithm = undefined;
  strategyHWM = 0;
  writeAlgorithm = undefined;
  closeAlgorithm = undefined;
  abortAlgorithm = undefined;
  wrapper = undefined;
}

function setUpController(stream, controller, start, write, close, abort, highWaterMark, size) {
  const { AbortController } = require('internal/abort_controller');
  controller.wrapper = Object.create(WritableStreamDefaultController.prototype);
  setSlots(controller.wrapper, controller);
  controller.stream = stream;
  stream.controller = controller;
  controller.abortController = new AbortController();
  controller.strategySizeAlgorithm = size;
  controller.strategyHWM = highWaterMark;
  controller.writeAlgorithm = write;
  controller.closeAlgorithm = close;
  controller.abortAlgorithm = abort;
  updateBackpressure(stream, controllerGetBackpressure(controller));
  const startResult = start(controller.wrapper);
  settle(Promise.resolve(startResult), () => {
    controller.started = true;
    advanceQueueIfNeeded(controller);
  }, (error) => {
    controller.started = true;
    dealWithRejection(stream, error);
  });
}

function setUpControllerFromSink(stream, sink, highWaterMark, size) {
  const start = callbackMember(sink, 'start', 'sink');
  const write = callbackMember(sink, 'write', 'sink');
  const close = callbackMember(sink, 'close', 'sink');
  const abort = callbackMember(sink, 'abort', 'sink');
  const controller = new ControllerState();
  setUpController(stream, controller,
    (wrapper) => (start === undefined ? undefined : Reflect.apply(start, sink, [wrapper])),
    (chunk) => promiseCall(write, sink, chunk, controller.wrapper),
    () => promiseCall(close, sink),
    (reason) => promiseCall(abort, sink, reason),
    highWaterMark, size);
}

function clearAlgorithms(controller) {
  controller.writeAlgorithm = undefined;
  controller.closeAlgorithm = undefined;
  controller.abortAlgorithm = undefined;
  controller.strategySizeAlgorithm = undefined;
}

function controllerGetChunkSize(controller, chunk) {
  if (controller.strategySizeAlgorithm === undefined) return 1;
  try {
    return controller.strategySizeAlgorithm(chunk);
  } catch (err) {
    controllerErrorIfNeeded(controller, err);
    return 1;
  }
}

function controllerGetDesiredSize(controller) {
  return controller.strategyHWM - controller.queueTotalSize;
}

function controllerWrite(controller, chunk, chunkSize) {
  try {
    enqueueValueWithSize(controller, chunk, chunkSize);
  } catch (err) {
    controllerErrorIfNeeded(controller, err);
    return;
  }
  const stream = controller.stream;
  if (!closeQueuedOrInFlight(stream) && stream.state === 'writable') {
    updateBackpressure(stream, controllerGetBackpressure(controller));
  }
  advanceQueueIfNeeded(controller);
}

function advanceQueueIfNeeded(controller) {
  const stream = controller.stream;
  if (!controller.started || stream.inFlightWriteRequest !== undefined) return;
  if (stream.state === 'erroring') {
    finishErroring(stream);
    return;
  }
  if (controller.queue.length === 0) return;
  const value = peekQueueValue(controller);
  if (value === closeSentinel) processClose(controller);
  else processWrite(controller, value);
}

function controllerErrorIfNeeded(controller, error) {
  if (controller.stream.state === 'writable') controllerError(controller, error);
}

function processClose(controller) {
  const stream = controller.stream;
  stream.inFlightCloseRequest = stream.closeRequest;
  stream.closeRequest = undefined;
  dequeueValue(controller);
  const result = controller.closeAlgorithm();
  clearAlgorithms(controller);
  settle(result, () => finishInFlightClose(stream), (error) => finishInFlightCloseWithError(stream, error));
}

function processWrite(controller, chunk) {
  const stream = controller.stream;
  stream.inFlightWriteRequest = stream.writeRequests.shift();
  settle(controller.writeAlgorithm(chunk), () => {
    stream.inFlightWriteRequest.resolve();
    stream.inFlightWriteRequest = undefined;
    dequeueValue(controller);
    if (!closeQueuedOrInFlight(stream) && stream.state === 'writable') {
      updateBackpressure(stream, controllerGetBackpressure(controller));
    }
    advanceQueueIfNeeded(controller);
  }, (error) => {
    if (stream.state === 'writable') clearAlgorithms(controller);
    stream.inFlightWriteRequest.reject(error);
    stream.inFlightWriteRequest = undefined;
    dealWithRejection(stream, error);
  });
}

function controllerGetBackpressure(controller) {
  return controllerGetDesiredSize(controller) <= 0;
}

function controllerError(controller, error) {
  clearAlgorithms(controller);
  startErroring(controller.stream, error);
}

class WritableStreamDefaultController {
  constructor() {
    throw new ERR_ILLEGAL_CONSTRUCTOR();
  }

  get signal() {
    return slotsOf(this, WritableStreamDefaultController).abortController.signal;
  }

  error(error = undefined) {
    const controller = slotsOf(this, WritableStreamDefaultController);
    if (controller.stream.state !== 'writable') return;
    controllerError(controller, error);
  }

  [customInspect](depth, options) {
    const controller = slotsOf(this, WritableStreamDefaultController);
    return inspectShown(this, { stream: controller.stream.wrapper }, depth, options);
  }
}

for (const Class of [WritableStream, WritableStreamDefaultWriter, WritableStreamDefaultController]) {
  webIdlClass(Class);
}

module.exports = {
  WritableStream,
  WritableStreamDefaultWriter,
  WritableStreamDefaultController,
  // for ReadableStream.pipeTo and TransformStream
  createWritableStream,
  isWritableStreamLocked,
  writableStreamAbort,
  closeQueuedOrInFlight,
  acquireWriter,
  writerRelease,
  writerWrite,
  writerCloseWithErrorPropagation,
  writerClosedPromise,
  writerReadyPromise,
  controllerErrorIfNeeded,
  dealWithRejection,
  startErroring,
};

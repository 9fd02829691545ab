'use strict';
// TransformStream (§6 of the WHATWG Streams Standard): a writable side whose chunks go through the
// transformer's transform() into a readable side, with backpressure carried from the readable to the writable.

const {
  codes: { ERR_INVALID_ARG_VALUE, ERR_ILLEGAL_CONSTRUCTOR },
} = require('internal/errors');
const {
  setSlots, then, deferred, rejected, promiseCall, settle, extractHighWaterMark, extractSizeAlgorithm,
  callbackMember,
  checkDictionary, checkUnderlying, slotsOf, invalidState, inspectShown, customInspect, webIdlClass,
} = require('internal/webstreams/util');
const readable = require('internal/webstreams/readablestream');
const writable = require('internal/webstreams/writablestream');

const kCreate = Symbol('kCreate');

class TransformStream {
  constructor(transformer = undefined, writableStrategy = undefined, readableStrategy = undefined) {
    if (transformer === kCreate) return;
    const dict = checkUnderlying(transformer, 'transformer');
    const writableDict = checkDictionary(writableStrategy, 'writableStrategy');
    const readableDict = checkDictionary(readableStrategy, 'readableStrategy');
    if (dict.readableType !== undefined) {
      throw new ERR_INVALID_ARG_VALUE.RangeError('transformer.readableType', dict.readableType);
    }
    if (dict.writableType !== undefined) {
      throw new ERR_INVALID_ARG_VALUE.RangeError('transformer.writableType', dict.writableType);
    }
    const readableHWM = extractHighWaterMark(readableDict, 0);
    const readableSize = extractSizeAlgorithm(readableDict);
    const writableHWM = extractHighWaterMark(writableDict, 1);
    const writableSize = extractSizeAlgorithm(writableDict);
    const start = callbackMember(dict, 'start', 'transformer');
    const transform = callbackMember(dict, 'transform', 'transformer');
    const flush = callbackMember(dict, 'flush', 'transformer');
    const cancel = callbackMember(dict, 'cancel', 'transformer');
    const startPromise = deferred();
    const stream = initializeTransformStream(this, startPromise.promise, writableHWM, writableSize, readableHWM,
      readableSize);
    const controller = new ControllerState();
    const transformAlgorithm = transform === undefined
      ? (chunk) => {
        try {
          controllerEnqueue(controller, chunk);
          return Promise.resolve();
        } catch (err) {
          return rejected(err);
        }
      }
      : (chunk) => promiseCall(transform, dict, chunk, controller.wrapper);
    setUpController(stream, controller, transformAlgorithm,
      () => promiseCall(flush, dict, controller.wrapper),
      (reason) => promiseCall(cancel, dict, reason));
    startPromise.resolve(start === undefined ? undefined : Reflect.apply(start, dict, [controller.wrapper]));
  }

  get readable() {
    return slotsOf(this, TransformStream).readable.wrapper;
  }

  get writable() {
    return slotsOf(this, TransformStream).writable.wrapper;
  }

  [customInspect](depth, options) {
    const stream = slotsOf(this, TransformStream);
    return inspectShown(this, {
      readable: stream.readable?.wrapper,
      writable: stream.writable?.wrapper,
      backpressure: stream.backpressure,
    }, depth, options);
  }
}

function initializeTransformStream(wrapper, startPromise, writableHWM, writableSize, readableHWM, readableSize) {
  const stream = {
    wrapper,
    readable: undefined,
    writable: undefined,
    backpressure: undefined,
    backpressureChangePromise: undefined,
    controller: undefined,
  };
  setSlots(wrapper, stream);
  const start = () => startPromise;
  stream.writable = writable.createWritableStream(start,
    (chunk) => sinkWrite(stream, chunk),
    () => sinkClose(stream),
    (reason) => sinkAbort(stream, reason),
    writableHWM, writableSize);
  stream.readable = readable.createReadableStream(start,
    () => sourcePull(stream),
    (reason) => sourceCancel(stream, reason),
    readableHWM, readableSize);
  setBackpressure(stream, true);
  return stream;
}

/** A TransformStream made from algorithms, for TextEncoderStream and the like. */
function createTransformStream(transform, flush) {
  const wrapper = new TransformStream(kCreate);
  const stream = initializeTransformStream(wrapper, Promise.resolve(), 1, () => 1, 0, () => 1);
  const controller = new ControllerState();
  setUpController(stream, controller, (chunk) => promiseCall(transform, undefined, chunk, controller.wrapper),
    () => promiseCall(flush, undefined, controller.wrapper), () => Promise.resolve());
  return wrapper;
}

function transformStreamError(stream, error) {
  readable.defaultControllerError(stream.readable.controller, error);
  errorWritableAndUnblockWrite(stream, error);
}

function errorWritableAndUnblockWrite(stream, error) {
  clearAlgorithms(stream.controller);
  writable.controllerErrorIfNeeded(stream.writable.controller, error);
  unblockWrite(stream);
}

function unblockWrite(stream) {
  if (stream.backpressure) setBackpressure(stream, false);
}

function setBackpressure(stream, backpressure) {
  stream.backpressureChangePromise?.resolve();
  stream.backpressureChangePromise = deferred();
  stream.backpressure = backpressure;
}

// ================================================================ controller
class ControllerState {
  stream = undefined;
  finishPromise = undefined;
  transformAlgorithm = undefined;
  flushAlgorithm = undefined;
  cancelAlgorithm = undefined;
  wrapper = undefined;
}

function setUpController(stream, controller, transform, flush, cancel) {
  controller.wrapper = Object.create(TransformStreamDefaultController.prototype);
  setSlots(controller.wrapper, controller);
  controller.stream = stream;
  stream.controller = controller;
  controller.transformAlgorithm = transform;
  controller.flushAlgorithm = flush;
  controller.cancelAlgorithm = cancel;
}

function clearAlgorithms(controller) {
  controller.transformAlgorithm = undefined;
  controller.flushAlgorithm = undefined;
  controller.cancelAlgorithm = undefined;
}

function controllerEnqueue(controller, chunk) {
  const stream = controller.stream;
  const readableController = stream.readable.controller;
  if (!readable.defaultCanCloseOrEnqueue(readableController)) {
    throw invalidState('Unable to enqueue');
  }
  try {
    readable.defaultControllerEnqueue(readableController, chunk);
  } catch (err) {
    errorWritableAndUnblockWrite(stream, err);
    throw stream.readable.storedError;
  }
  if (readable.defaultHasBackpressure(readableController) !== stream.backpressure) setBackpressure(stream, true);
}

function performTransform(controller, chunk) {
  return then(controller.transformAlgorithm(chunk), undefined, (reason) => {
    transformStreamError(controller.stream, reason);
    throw reason;
  });
}

function controllerTerminate(controller) {
  const stream = controller.stream;
  readable.defaultControllerClose(stream.readable.controller);
  errorWritableAndUnblockWrite(stream, invalidState('TransformStream terminated'));
}

// ---- the writable side's sink ----
function sinkWrite(stream, chunk) {
  const controller = stream.controller;
  if (!stream.backpressure) return performTransform(controller, chunk);
  return then(stream.backpressureChangePromise.promise, () => {
    if (stream.writable.state === 'erroring') throw stream.writable.storedError;
    return performTransform(controller, chunk);
  });
}

/** Runs a closing algorithm once: abort, close and cancel all share the controller's finish promise. */
function finishOnce(controller, run) {
  if (controller.finishPromise !== undefined) return controller.finishPromise.promise;
  controller.finishPromise = deferred();
  run(controller.finishPromise);
  return controller.finishPromise.promise;
}

function sinkAbort(stream, reason) {
  const controller = stream.controller;
  return finishOnce(controller, (finish) => {
    const cancelPromise = controller.cancelAlgorithm(reason);
    clearAlgorithms(controller);
    const source = stream.readable;
    settle(cancelPromise, () => {
      if (source.state === 'errored') {
        finish.reject(source.storedError);
      } else {
        readable.defaultControllerError(source.controller, reason);
        finish.resolve();
      }
    }, (error) => {
      readable.defaultControllerError(source.controller, error);
      finish.reject(error);
    });
  });
}

function sinkClose(stream) {
  const controller = stream.controller;
  return finishOnce(controller, (finish) => {
    const flushPromise = controller.flushAlgorithm();
    clearAlgorithms(controller);
    const source = stream.readable;
    settle(flushPromise, () => {
      if (source.state === 'errored') {
        finish.reject(source.storedError);
      } else {
        readable.defaultControllerClose(source.controller);
        finish.resolve();
      }
    }, (error) => {
      readable.defaultControllerError(source.controller, error);
      finish.reject(error);
    });
  });
}

// ---- the readable side's source ----
function sourceCancel(stream, reason) {
  const controller = stream.controller;
  return finishOnce(controller, (finish) => {
    const cancelPromise = controller.cancelAlgorithm(reason);
    clearAlgorithms(controller);
    const sink = stream.writable;
    settle(cancelPromise, () => {
      if (sink.state === 'errored') {
        finish.reject(sink.storedError);
      } else {
        writable.controllerErrorIfNeeded(sink.controller, reason);
        unblockWrite(stream);
        finish.resolve();
      }
    }, (error) => {
      writable.controllerErrorIfNeeded(sink.controller, error);
      unblockWrite(stream);
      finish.reject(error);
    });
  });
}

function sourcePull(stream) {
  setBackpressure(stream, false);
  return stream.backpressureChangePromise.promise;
}

class TransformStreamDefaultController {
  constructor() {
    throw new ERR_ILLEGAL_CONSTRUCTOR();
  }

  get desiredSize() {
    const controller = slotsOf(this, TransformStreamDefaultController);
    return readable.defaultGetDesiredSize(controller.stream.readable.controller);
  }

  enqueue(chunk = undefined) {
    controllerEnqueue(slotsOf(this, TransformStreamDefaultController), chunk);
  }

  error(reason = undefined) {
    transformStreamError(slotsOf(this, TransformStreamDefaultController).stream, reason);
  }

  terminate() {
    controllerTerminate(slotsOf(this, TransformStreamDefaultController));
  }

  [customInspect](depth, options) {
    const controller = slotsOf(this, TransformStreamDefaultController);
    return inspectShown(this, { stream: controller.stream.wrapper }, depth, options);
  }
}

webIdlClass(TransformStream);
webIdlClass(TransformStreamDefaultController);

module.exports = { TransformStream, TransformStreamDefaultController, createTransformStream };

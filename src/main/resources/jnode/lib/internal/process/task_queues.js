'use strict';
// process.nextTick, queueMicrotask and the processing of unhandled rejections.
//
// GraalJS runs promise jobs when the outermost call from Java returns. So a drain here runs the whole
// nextTick queue and returns; the microtasks then run; if they queued ticks (or rejections are
// pending) the shared flag tells the Java loop to call drainTicks() again, as Node's
// processTicksAndRejections loops.
//
// Rejections come from internalBinding('task_queue') as V8's events come to Node: "rejected with no
// handler" and "handler added later". A rejection is unhandled if no handler came by the time both the
// nextTick queue and the microtasks are empty; a handler added after it was reported emits 'rejectionHandled'.

const { validateFunction } = require('internal/validators');
const { currentFrame, callInFrame } = require('internal/async_context_frame');

// Int32Array shared with the Java loop; slot 0 = "call drainTicks again", slot 6 = rejection events waiting.
let loopState;
const REJECTION_EVENTS = 6;
const queue = [];
let head = 0;

function init(int32State) {
  loopState = int32State;
}

function updateFlag() {
  loopState[0] = (head < queue.length || pendingUnhandled.length > 0 || asyncHandled.length > 0) ? 1 : 0;
}

function nextTick(callback, ...args) {
  validateFunction(callback, 'callback');
  if (process._exiting) return;
  queue.push({ callback, args, frame: currentFrame() });
  loopState[0] = 1;
}

function runTicks() {
  try {
    while (head < queue.length) {
      const tock = queue[head];
      queue[head++] = undefined;
      try {
        callInFrame(tock.frame, tock.callback, undefined, tock.args);
      } catch (err) {
        reportUncaught(err);
      }
    }
    queue.length = 0;
    head = 0;
  } finally {
    updateFlag();
  }
}

/**
 * Reports an error that escaped a nextTick callback as uncaught, now: Node does so before any microtask runs,
 * while GraalJS would run them as the outermost call unwinds, before Java sees the exception. A value that is
 * not an exception object goes the engine's way (rethrown here, it loses its throw site for the caret).
 */
function reportUncaught(err) {
  if (!rejectionEvents.triggerUncaughtException(err)) throw err;
}

/** Runs fn; what it throws is reported as uncaught before the microtasks it queued run (Node's order). */
function callReportingUncaught(fn) {
  rejectionEvents.callReportingUncaught(fn);
}

/** Runs the nextTick queue if it has anything (after a timer or an immediate, before microtasks). */
function runTicksIfAny() {
  if (head < queue.length) runTicks();
}

/** One step of Node's processTicksAndRejections: ticks first; rejections once no tick is left. */
function drainTicks() {
  if (head < queue.length) {
    runTicks();
  } else {
    processRejections();
  }
}

function queueMicrotask(callback) {
  validateFunction(callback, 'callback');
  Promise.resolve().then(() => callback());
}

// ---- unhandled rejections ----
let unhandledMode;
let rejectionEvents; // internalBinding('task_queue')
const maybeUnhandled = new WeakMap(); // promise -> { reason, uid, warned }
const pendingUnhandled = [];
const asyncHandled = [];
let lastRejectionId = 0;

/** Listens to the engine's rejection events; graal is the fallback (GraalJS's own, earlier, decision). */
function trackRejections(taskQueueBinding, graal) {
  rejectionEvents = taskQueueBinding;
  if (!taskQueueBinding.install()) {
    graal.setUnhandledPromiseRejectionHandler((reason, promise) => {
      rejected(promise, reason);
      loopState[0] = 1;
    });
  }
}

function rejected(promise, reason) {
  if (rethrownReasons.has(reason)) return;
  maybeUnhandled.set(promise, { reason, uid: ++lastRejectionId, warned: false });
  pendingUnhandled.push(promise);
}

function handled(promise) {
  const info = maybeUnhandled.get(promise);
  if (info === undefined) return;
  maybeUnhandled.delete(promise);
  if (info.warned) {
    // Made now, so that its stack shows where the late handler was attached.
    const warning = new Error(`Promise rejection was handled asynchronously (rejection id: ${info.uid})`);
    warning.name = 'PromiseRejectionHandledWarning';
    warning.id = info.uid;
    asyncHandled.push({ promise, warning });
  }
}

let promiseState;
function takeRejectionEvents() {
  if (loopState[REJECTION_EVENTS] === 0) return;
  promiseState ??= internalBinding('util').promiseState;
  const events = rejectionEvents.takeEvents();
  for (let i = 0; i < events.length; i += 2) {
    const promise = events[i + 1];
    if (events[i] === 0) rejected(promise, promiseState(promise)[1]);
    else handled(promise);
  }
}

// The error processRejections is throwing, so that the uncaught-exception report knows its origin.
let rejectionBeingThrown;

function processRejections() {
  try {
    takeRejectionEvents();
    while (asyncHandled.length > 0) {
      const { promise, warning } = asyncHandled.shift();
      if (!process.emit('rejectionHandled', promise)) process.emitWarning(warning);
    }
    let count = pendingUnhandled.length;
    while (count-- > 0) {
      const promise = pendingUnhandled.shift();
      const info = maybeUnhandled.get(promise);
      if (info === undefined) continue;
      info.warned = true;
      handleUnhandled(info.reason, promise, info.uid);
    }
  } catch (err) {
    rejectionBeingThrown = err;
    throw err;
  } finally {
    updateFlag();
  }
}

/**
 * Reports the rejection of a promise jnode itself awaits (an ES module entry point) as Node does: an uncaught
 * exception of origin 'unhandledRejection', without the 'unhandledRejection' event.
 */
function reportRejectionAsUncaught(err) {
  rejectionBeingThrown = err;
  if (!rejectionEvents.triggerUncaughtException(err)) {
    rejectionBeingThrown = undefined;
    nextTick(() => { throw err; });
  }
}

// Rejection reasons a caller threw synchronously instead (require(esm) throws what the evaluation of the graph
// rejected with): never unhandled rejections, and reported uncaught where they were created, as in Node.
const rethrownReasons = new WeakSet();

function noteRethrownRejection(reason) {
  if (reason !== null && (typeof reason === 'object' || typeof reason === 'function')) rethrownReasons.add(reason);
}

function isRethrownRejection(err) {
  return err !== null && typeof err === 'object' && rethrownReasons.has(err);
}

function isRejectionBeingThrown(err) {
  const is = rejectionBeingThrown !== undefined && rejectionBeingThrown === err;
  rejectionBeingThrown = undefined;
  return is;
}

function handleUnhandled(reason, promise, uid) {
  unhandledMode ??= require('internal/options').getOptionValue('--unhandled-rejections') || 'throw';
  switch (unhandledMode) {
    case 'none':
      process.emit('unhandledRejection', reason, promise);
      return;
    case 'warn':
      process.emit('unhandledRejection', reason, promise);
      emitUnhandledWarning(reason, uid);
      return;
    case 'warn-with-error-code':
      if (!process.emit('unhandledRejection', reason, promise)) {
        emitUnhandledWarning(reason, uid);
        process.exitCode = 1;
      }
      return;
    case 'strict': {
      // The uncaught exception comes first (fatal unless an 'uncaughtException' listener takes it), then the event.
      const err = toError(reason);
      rejectionBeingThrown = err;
      rejectionEvents.triggerUncaughtException(err);
      if (!process.emit('unhandledRejection', reason, promise)) emitUnhandledWarning(reason, uid);
      return;
    }
    default: // throw
      if (!process.emit('unhandledRejection', reason, promise)) {
        throw toError(reason);
      }
  }
}

// What Node throws for a rejection whose reason is not an Error.
function toError(reason) {
  if (reason instanceof Error) return reason;
  let text;
  try {
    text = require('internal/util/inspect').inspect(reason);
  } catch {
    text = String(reason);
  }
  const err = new Error('This error originated either by throwing inside of an async function without a ' +
    'catch block, or by rejecting a promise which was not handled with .catch(). The promise rejected ' +
    `with the reason "${text}".`);
  err.name = 'UnhandledPromiseRejection';
  err.code = 'ERR_UNHANDLED_REJECTION';
  return err;
}

// As Node: first the reason itself (its stack), then the explanation, both as UnhandledPromiseRejectionWarning.
function emitUnhandledWarning(reason, uid) {
  const name = 'UnhandledPromiseRejectionWarning';
  try {
    const text = reason instanceof Error || (reason !== null && typeof reason === 'object' && 'stack' in reason)
      ? reason.stack : require('internal/util/inspect').inspect(reason);
    process.emitWarning(text, name);
  } catch {
    // A reason whose stack or inspection throws still gets the explanation below.
  }
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  const warning = new Error('Unhandled promise rejection. This error originated either by ' +
    'throwing inside of an async function without a catch block, ' +
    'or by rejecting a promise which was not handled with .catch(). ' +
    'To terminate the node process on unhandled promise ' +
    'rejection, use the CLI flag `--unhandled-rejections=strict` (see ' +
    'https://nodejs.org/api/cli.html#cli_unhandled_rejections_mode). ' +
    `(rejection id: ${uid})`);
  Error.stackTraceLimit = limit;
  warning.name = name;
  process.emitWarning(warning);
}

module.exports = {
  init,
  nextTick,
  queueMicrotask,
  drainTicks,
  runTicksIfAny,
  callReportingUncaught,
  trackRejections,
  isRejectionBeingThrown,
  reportRejectionAsUncaught,
  noteRethrownRejection,
  isRethrownRejection,
};

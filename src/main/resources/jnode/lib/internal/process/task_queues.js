'use strict';
// process.nextTick, queueMicrotask and the processing of unhandled rejections.
//
// GraalJS runs promise jobs when the outermost call from Java returns. So a drain here runs the whole
// nextTick queue and returns; the microtasks then run; if they queued ticks (or rejections are
// pending) the shared flag tells the Java loop to call drainTicks() again, as Node's
// processTicksAndRejections loops.

const { validateFunction } = require('internal/validators');

let loopState; // Int32Array shared with the Java loop; slot 0 = "call drainTicks again"
const queue = [];
let head = 0;
const pendingRejections = [];

function init(int32State) {
  loopState = int32State;
}

function updateFlag() {
  loopState[0] = (head < queue.length || pendingRejections.length > 0) ? 1 : 0;
}

function nextTick(callback, ...args) {
  validateFunction(callback, 'callback');
  if (process._exiting) return;
  queue.push({ callback, args });
  loopState[0] = 1;
}

function runTicks() {
  try {
    while (head < queue.length) {
      const tock = queue[head];
      queue[head++] = undefined;
      const { callback, args } = tock;
      if (args.length === 0) callback();
      else Reflect.apply(callback, undefined, args);
    }
    queue.length = 0;
    head = 0;
  } finally {
    updateFlag();
  }
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

function onUnhandledRejection(reason, promise) {
  pendingRejections.push({ reason, promise });
  loopState[0] = 1;
}

// The error processRejections is throwing, so that the uncaught-exception report knows its origin.
let rejectionBeingThrown;

function processRejections() {
  try {
    while (pendingRejections.length > 0) {
      const { reason, promise } = pendingRejections.shift();
      handleUnhandled(reason, promise);
    }
  } catch (err) {
    rejectionBeingThrown = err;
    throw err;
  } finally {
    updateFlag();
  }
}

function isRejectionBeingThrown(err) {
  const is = rejectionBeingThrown !== undefined && rejectionBeingThrown === err;
  rejectionBeingThrown = undefined;
  return is;
}

function handleUnhandled(reason, promise) {
  if (unhandledMode === undefined) {
    unhandledMode = process.execArgv.reduce((mode, a) =>
      (a.startsWith('--unhandled-rejections=') ? a.slice(23) : mode), 'throw');
  }
  switch (unhandledMode) {
    case 'none':
      process.emit('unhandledRejection', reason, promise);
      return;
    case 'warn':
      process.emit('unhandledRejection', reason, promise);
      emitUnhandledWarning(reason);
      return;
    case 'warn-with-error-code':
      if (!process.emit('unhandledRejection', reason, promise)) {
        emitUnhandledWarning(reason);
        process.exitCode = 1;
      }
      return;
    case 'strict': {
      const err = toError(reason);
      const handled = process.emit('unhandledRejection', reason, promise);
      if (!handled) throw err;
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

let rejectionId = 0;

// As Node: first the reason itself (its stack), then the explanation, both as UnhandledPromiseRejectionWarning.
function emitUnhandledWarning(reason) {
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
    `(rejection id: ${++rejectionId})`);
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
  onUnhandledRejection,
  isRejectionBeingThrown,
};

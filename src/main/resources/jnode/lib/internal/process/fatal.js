'use strict';
// What happens to an exception nothing caught: 'uncaughtException' listeners, or Node's report on
// stderr and exit code 1 (7 when a listener itself throws).

const NODE_VERSION = process.version;
let handlingFatal = false;
// In a worker, the uncaught error goes to the parent (its 'error' event) instead of stderr.
let parentReporter = null;

function reportToParent(reporter) {
  parentReporter = reporter;
}

function onUncaughtException(err, origin, location) {
  const capture = process._uncaughtExceptionCaptureCallback();
  if (capture !== null) {
    capture(err);
    return true;
  }
  if (handlingFatal) {
    endWithError(err, location, 7);
    return;
  }
  // A listener that throws leaves handlingFatal set: the new error comes back here and ends the process.
  handlingFatal = true;
  const { callInFrame, takeEscapedFrame } = require('internal/async_context_frame');
  const handled = callInFrame(takeEscapedFrame(err), emitUncaught, undefined, [err, origin]);
  if (handled) {
    handlingFatal = false;
    return true;
  }
  handlingFatal = false;
  if (parentReporter === null) require('internal/process/report').reportUncaught(err);
  endWithError(err, location, 1);
}

// A worker hands the error to its parent and ends with code 1 (also when a listener threw, as in Node); the main
// thread prints Node's report and ends with `code`.
function endWithError(err, location, code) {
  if (parentReporter !== null) {
    parentReporter(err);
    code = 1;
  } else {
    report(err, location);
  }
  process.exitCode = code;
  exitNow(code);
}

// Runs in the async context of the code that threw; true when a listener took the error.
function emitUncaught(err, origin) {
  process.emit('uncaughtExceptionMonitor', err, origin);
  if (process.listenerCount('uncaughtException') === 0) return false;
  process.emit('uncaughtException', err, origin);
  return true;
}

function exitNow(code) {
  try {
    if (!process._exiting) {
      process._exiting = true;
      process.emit('exit', code);
    }
  } catch {
    // An 'exit' listener that throws cannot change the outcome any more.
  }
  process.reallyExit(process.exitCode ?? code);
}

// location: [file, line, column, sourceLine] of the throw site, or null.
function report(err, location) {
  const isError = err instanceof Error || (err !== null && typeof err === 'object' && typeof err.stack === 'string');
  const emitted = unhandledEventReport(err);
  if (emitted !== null) location = emitted.location;
  else if (process.sourceMapsEnabled) location = require('internal/source_map/source_map_cache').mapLocation(location);
  const inspect = (value, options) => {
    const show = () => require('internal/util/inspect').inspect(value, options);
    return emitted === null ? show() : withStack(value, emitted.stack, show);
  };
  // Node starts the report of a thrown non-error with an empty line.
  let out = isError ? '' : '\n';
  // An error from vm code carries the throw site at the head of its stack already.
  const decorated = require('internal/vm/decorated').isDecorated(err);
  if (location && !decorated) {
    const [file, line, column, sourceLine] = location;
    // Tabs before the caret stay tabs, so it lines up under the source line as Node's does.
    const indent = sourceLine.slice(0, Math.max(0, column - 1)).replace(/[^\t]/g, ' ');
    out += `${file}:${line}\n${sourceLine}\n${indent}^\n`;
  }
  if (isError) {
    out += `${decorated ? '' : '\n'}${inspect(err, { colors: false })}\n`;
  } else if (err !== null && (typeof err === 'object' || typeof err === 'function')) {
    out += `${inspect(err, { colors: false })}\n`;
  } else {
    // Primitives print as themselves, with a hint.
    out += `${String(err)}\n(Use \`node --trace-uncaught ...\` to show where the exception was thrown)\n`;
  }
  out += `\nNode.js ${NODE_VERSION}\n`;
  internalBinding('process').writeString(2, out);
}

// An error thrown by emit('error') without listeners: its report shows the emit site and the throw in
// node:events (see internal/events/emit_site). Null for any other exception.
function unhandledEventReport(err) {
  if (err === null || typeof err !== 'object') return null;
  const { kEnhanceStackBeforeInspector } = require('internal/events/emit_site');
  const enhance = err[kEnhanceStackBeforeInspector];
  if (typeof enhance !== 'function') return null;
  const { stack, throwLine } = enhance();
  const sourceLine = throwLine === null ? null : internalBinding('natives').libraryLine('events', throwLine);
  const column = sourceLine === null ? 0 : sourceLine.search(/\S/) + 1;
  return { stack, location: sourceLine === null ? null : ['node:events', throwLine, column, sourceLine] };
}

// Runs fn while err.stack reads `stack` (when the property can be replaced), then puts the old one back.
function withStack(err, stack, fn) {
  const own = Object.getOwnPropertyDescriptor(err, 'stack');
  if (own !== undefined && !own.configurable) return fn();
  Object.defineProperty(err, 'stack', { __proto__: null, value: stack, configurable: true, writable: true });
  try {
    return fn();
  } finally {
    if (own === undefined) delete err.stack;
    else Object.defineProperty(err, 'stack', own);
  }
}

module.exports = { onUncaughtException, exitNow, reportToParent };

'use strict';
// Who formats error.stack, decided as Node decides it (the Java side is engine/StackTraceHook): a user's
// Error.prepareStackTrace first, then the source-mapped format while source maps are on, else GraalJS's own.
// Error.prepareStackTrace starts as Node's default, ErrorPrepareStackTrace, which users may also call.

const ErrorToString = Error.prototype.toString;
const OriginalError = Error;
let sourceMapsFormat = null; // (error, trace, header) => string while source maps are on
let natives = null;
let hooked = false;
// Files loaded while source maps were on: as in Node, only their maps are read.
const loadedWithSourceMaps = new Set();

function ErrorPrepareStackTrace(error, trace) {
  const header = ErrorToString.call(error);
  if (sourceMapsFormat !== null) return sourceMapsFormat(error, trace, header);
  return trace.length === 0 ? header : `${header}\n    at ${trace.join('\n    at ')}`;
}

function prepareStackTrace(error, trace) {
  const override = OriginalError.prepareStackTrace;
  if (typeof override === 'function' && override !== ErrorPrepareStackTrace) {
    return Reflect.apply(override, OriginalError, [error, trace]);
  }
  return ErrorPrepareStackTrace(error, trace);
}

// Without GraalJS's hook, Error.prepareStackTrace stays unset: a function there would format every stack in
// JavaScript.
function install() {
  natives = internalBinding('natives');
  hooked = natives.setPrepareStackTrace(OriginalError, ErrorPrepareStackTrace, prepareStackTrace);
  if (!hooked) return;
  Object.defineProperty(OriginalError, 'prepareStackTrace', {
    __proto__: null, value: ErrorPrepareStackTrace, writable: true, enumerable: false, configurable: true,
  });
}

function setSourceMapsFormat(format) {
  if (!hooked && format !== null) {
    const { ERR_JNODE_UNSUPPORTED } = require('internal/errors').codes;
    throw new ERR_JNODE_UNSUPPORTED('Source maps without access to GraalJS\'s stack trace hook');
  }
  sourceMapsFormat = format;
  natives.setSourceMapsEnabled(format !== null);
}

function sourceMapsEnabled() {
  return sourceMapsFormat !== null;
}

// The module loaders call this for each file they compile.
function noteLoadedModule(filename) {
  if (sourceMapsFormat !== null) loadedWithSourceMaps.add(filename);
}

function loadedWithSourceMapsOn(filename) {
  return loadedWithSourceMaps.has(filename);
}

module.exports = { install, setSourceMapsFormat, sourceMapsEnabled, noteLoadedModule, loadedWithSourceMapsOn };

'use strict';

const { inspect, format, formatWithOptions, stripVTControlCharacters } = require('internal/util/inspect');
const {
  codes: { ERR_INVALID_ARG_TYPE, ERR_FALSY_VALUE_REJECTION, ERR_JNODE_UNSUPPORTED, ERR_OUT_OF_RANGE },
  errnoException, exceptionWithHostPort, uvErrmapGet, uvErrors,
} = require('internal/errors');
const {
  validateBoolean, validateFunction, validateInteger, validateNumber, validateOneOf, validateString,
} = require('internal/validators');
// util.types is the node:util/types module itself, as in Node.
const types = require('util/types');
const { isDeepStrictEqual } = require('internal/util/comparisons');
const { parseArgs } = require('internal/util/parse_args');
const { myersDiff } = require('internal/assert/myers_diff');

const kCustomPromisify = Symbol.for('nodejs.util.promisify.custom');
const codesWarned = new Set();

// Legacy prototype chaining: ctor's instances inherit superCtor's prototype; ctor.super_ names the parent.
function inherits(ctor, superCtor) {
  const checks = [['ctor', ctor, 'Function'], ['superCtor', superCtor, 'Function']];
  for (const [name, value, expected] of checks) {
    if (value == null) throw new ERR_INVALID_ARG_TYPE(name, expected, value);
  }
  const parentPrototype = superCtor.prototype;
  if (parentPrototype === undefined) throw new ERR_INVALID_ARG_TYPE('superCtor.prototype', 'Object', parentPrototype);
  Object.defineProperty(ctor, 'super_', { value: superCtor, writable: true, configurable: true });
  Object.setPrototypeOf(ctor.prototype, parentPrototype);
}

function deprecate(fn, msg, code) {
  if (code !== undefined) validateString(code, 'code');
  if (process.noDeprecation === true) return fn;
  let warned = false;
  function deprecated(...args) {
    if (!warned && !process.noDeprecation) {
      warned = true;
      if (code !== undefined) {
        if (!codesWarned.has(code)) {
          process.emitWarning(msg, 'DeprecationWarning', code, deprecated);
          codesWarned.add(code);
        }
      } else {
        process.emitWarning(msg, 'DeprecationWarning', deprecated);
      }
    }
    if (new.target) return Reflect.construct(fn, args, new.target);
    return Reflect.apply(fn, this, args);
  }
  Object.setPrototypeOf(deprecated, fn);
  if (fn.prototype) deprecated.prototype = fn.prototype;
  return deprecated;
}

function promisify(original) {
  validateFunction(original, 'original');
  if (original[kCustomPromisify]) {
    const fn = original[kCustomPromisify];
    validateFunction(fn, 'util.promisify.custom');
    return Object.defineProperty(fn, kCustomPromisify, { value: fn, enumerable: false, writable: false, configurable: true });
  }
  function fn(...args) {
    return new Promise((resolve, reject) => {
      Reflect.apply(original, this, [...args, (err, ...values) => {
        if (err) return reject(err);
        resolve(values[0]);
      }]);
    });
  }
  Object.setPrototypeOf(fn, Object.getPrototypeOf(original));
  Object.defineProperty(fn, kCustomPromisify, { value: fn, enumerable: false, writable: false, configurable: true });
  return Object.defineProperties(fn, Object.getOwnPropertyDescriptors(original));
}
promisify.custom = kCustomPromisify;

// A falsy rejection reason still has to reach the callback as an error: it is wrapped, kept as `reason`.
function rejectionToError(reason) {
  if (reason) return reason;
  return Object.assign(new ERR_FALSY_VALUE_REJECTION(), { reason });
}

function callbackify(original) {
  validateFunction(original, 'original');
  function callbackified(...args) {
    const callback = args.pop();
    validateFunction(callback, 'last argument');
    // The callback gets the same `this` as the callbackified function.
    const settled = Reflect.apply(original, this, args);
    settled.then((value) => process.nextTick(() => Reflect.apply(callback, this, [null, value])),
                 (reason) => process.nextTick(() => Reflect.apply(callback, this, [rejectionToError(reason)])));
  }
  // Same own properties as the original, but one more parameter and a name saying what it became.
  const own = Object.getOwnPropertyDescriptors(original);
  const { length, name } = own;
  if (typeof length.value === 'number') length.value += 1;
  if (typeof name.value === 'string') name.value = `${name.value}Callbackified`;
  return Object.defineProperties(callbackified, own);
}

// util._extend (deprecated DEP0060, no warning at runtime): copies own enumerable keys, last key first.
function _extend(target, source) {
  if (source === null || typeof source !== 'object') return target;
  for (const key of Object.keys(source).reverse()) target[key] = source[key];
  return target;
}

const toUSVString = (input) => String(`${input}`).toWellFormed();

// libuv errnos are negative; each lookup below answers with one column of uvErrmapGet's [name, text].
function lookUpErrno(err, column) {
  validateNumber(err, 'err');
  if (!(err < 0 && Number.isSafeInteger(err))) throw new ERR_OUT_OF_RANGE('err', 'a negative integer', err);
  const entry = uvErrmapGet(err);
  return entry === undefined ? `Unknown system error ${err}` : entry[column];
}

const getSystemErrorName = (err) => lookUpErrno(err, 0);
const getSystemErrorMessage = (err) => lookUpErrno(err, 1);

function getSystemErrorMap() {
  return new Map(Object.entries(uvErrors).map(([name, [errno, message]]) => [errno, [name, message]]));
}

// styleText: ANSI styles by inspect.colors name, left out when the stream would not show colors.
function styleText(format, text, { validateStream = true, stream = process.stdout } = {}) {
  validateString(text, 'text');
  validateBoolean(validateStream, 'options.validateStream');
  const skip = validateStream && !require('internal/util/colors').shouldColorize(stream);
  const formats = Array.isArray(format) ? format : [format];
  let left = '';
  let right = '';
  for (const key of formats) {
    if (key === 'none') continue;
    const codes = inspect.colors[key];
    if (codes == null) validateOneOf(key, 'format', Object.getOwnPropertyNames(inspect.colors));
    if (skip) continue;
    left += `\u001b[${codes[0]}m`;
    right = `\u001b[${codes[1]}m${right}`;
  }
  return skip ? text : `${left}${text}${right}`;
}

// debuglog: sections named in NODE_DEBUG (as read at start-up; comma-separated, '*' wildcards).
let debugPattern;
function debugEnabled(section) {
  if (debugPattern === undefined) {
    const spec = process.env.NODE_DEBUG;
    debugPattern = spec ? new RegExp(`^(${spec.replace(/[|\\{}()[\]^$+?.]/g, '\\$&').replace(/\*/g, '.*')
      .replace(/,/g, '$|^')})$`, 'i') : null;
  }
  return debugPattern !== null && debugPattern.test(section);
}

function debuglog(set, cb) {
  let enabled;
  let logger;
  function init() {
    set = set.toUpperCase();
    enabled = debugEnabled(set);
    logger = enabled ? (...args) => {
      process.stderr.write(`${set} ${process.pid}: ${formatWithOptions({ colors: false }, ...args)}\n`);
    } : () => {};
  }
  function debug(...args) {
    if (logger === undefined) {
      init();
      if (typeof cb === 'function') cb(logger);
    }
    logger(...args);
  }
  Object.defineProperty(debug, 'enabled', {
    get() {
      if (enabled === undefined) init();
      return enabled;
    },
    configurable: true,
    enumerable: true,
  });
  return debug;
}

// util.diff: the edit script between two strings (by character) or two arrays of strings, in order:
// [0, value] kept, [1, value] only in actual, [-1, value] only in expected.
function diff(actual, expected) {
  if (!Array.isArray(actual)) validateString(actual, 'actual');
  if (!Array.isArray(expected)) validateString(expected, 'expected');
  if (actual === expected) return [];
  const a = typeof actual === 'string' ? actual.split('') : actual;
  const b = typeof expected === 'string' ? expected.split('') : expected;
  const ops = { nop: 0, insert: 1, delete: -1 };
  return myersDiff(a, b).reverse().map(({ type, value }) => [ops[type], value]);
}

// util.parseEnv: the dotenv format (KEY=value lines, quotes, export prefix, # comments).
function parseEnv(content) {
  validateString(content, 'content');
  const result = {};
  const text = content.replace(/\r\n?/g, '\n');
  const line = /^\s*(?:export\s+)?([\w.-]+)\s*=\s*("(?:\\.|[^"\\])*"|'[^']*'|`[^`]*`|[^\n#]*)?/gm;
  let match;
  while ((match = line.exec(text)) !== null) {
    let value = (match[2] ?? '').trim();
    const quote = value[0];
    if ((quote === '"' || quote === "'" || quote === '`') && value.endsWith(quote) && value.length > 1) {
      value = value.slice(1, -1);
      if (quote === '"') value = value.replace(/\\n/g, '\n');
    }
    result[match[1]] = value;
  }
  return result;
}

// util.getCallSites: the caller's frames as plain objects (V8's structured stack API).
function getCallSites(frameCount = 10, options) {
  if (options === undefined && typeof frameCount === 'object' && frameCount !== null) {
    options = frameCount;
    frameCount = 10;
  }
  validateInteger(frameCount, 'frameCount', 1, 200);
  const holder = {};
  const prepare = Error.prepareStackTrace;
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = frameCount;
  Error.prepareStackTrace = (_, sites) => sites;
  Error.captureStackTrace(holder, getCallSites);
  const sites = holder.stack;
  Error.prepareStackTrace = prepare;
  Error.stackTraceLimit = limit;
  if (!Array.isArray(sites)) return [];
  return sites.map((site) => {
    const column = site.getColumnNumber();
    return {
      __proto__: null,
      functionName: site.getFunctionName() ?? '',
      scriptId: String(typeof site.getScriptId === 'function' ? site.getScriptId() ?? 0 : 0),
      scriptName: site.getFileName() ?? '',
      lineNumber: site.getLineNumber(),
      columnNumber: column,
      column,
    };
  });
}

function _errnoException(err, syscall, original) {
  return errnoException(err, syscall, original);
}

function _exceptionWithHostPort(err, syscall, address, port, additional) {
  return exceptionWithHostPort(err, syscall, address, port, additional);
}

// The exit code of a process killed by `signalCode`, as a shell reports it: 128 + the signal's number.
function convertProcessSignalToExitCode(signalCode) {
  const { signals } = require('internal/constants').os;
  validateOneOf(signalCode, 'signalCode', Object.keys(signals));
  return 128 + signals[signalCode];
}

// Printing the JavaScript stack on SIGINT needs the running script interrupted from the signal handler.
function setTraceSigInt(enable) {
  if (enable) throw new ERR_JNODE_UNSUPPORTED('util.setTraceSigInt(true)');
}

const abortController = () => require('internal/abort_controller');

module.exports = {
  _errnoException,
  _exceptionWithHostPort,
  _extend: deprecate(_extend, 'The `util._extend` API is deprecated. Please use Object.assign() instead.', 'DEP0060'),
  aborted: (signal, resource) => abortController().aborted(signal, resource),
  callbackify,
  convertProcessSignalToExitCode,
  debug: debuglog,
  debuglog,
  diff,
  getCallSites,
  getSystemErrorMap,
  getSystemErrorMessage,
  getSystemErrorName,
  isDeepStrictEqual,
  parseArgs,
  parseEnv,
  styleText,
  toUSVString,
  types,
  deprecate,
  format,
  formatWithOptions,
  inherits,
  inspect,
  isArray: deprecate(function isArray(arg) {
    return Array.isArray(arg);
  }, 'The `util.isArray` API is deprecated. Please use `Array.isArray()` instead.', 'DEP0044'),
  promisify,
  setTraceSigInt,
  stripVTControlCharacters,
  TextDecoder,
  TextEncoder,
  transferableAbortController: () => abortController().transferableAbortController(),
  transferableAbortSignal: (signal) => abortController().transferableAbortSignal(signal),
};

// Loaded on first use, like Node's.
require('internal/util/lazy').defineLazyProperties(module.exports, ['MIMEType', 'MIMEParams'],
  (name) => require('internal/mime')[name]);

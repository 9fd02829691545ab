'use strict';
// The one registry of Node's error codes: each ERR_* is defined once with its class and message.

const messages = new Map();
const codes = {};

// Node's errors print as "TypeError [ERR_X]: msg" in stacks and inspect, with name still "TypeError".
function finishNodeError(err, key) {
  const stack = err.stack;
  if (typeof stack === 'string') {
    const head = `${err.name}: ${err.message}`;
    if (stack.startsWith(head)) {
      Object.defineProperty(err, 'stack', {
        value: `${err.name} [${key}]: ${err.message}${stack.slice(head.length)}`,
        writable: true, configurable: true, enumerable: false,
      });
    }
  }
  return err;
}

// Codes thrown with more than one class get the others as properties: codes.ERR_X.RangeError.
function E(key, message, Base, ...otherClasses) {
  messages.set(key, message);
  // String(err) names the code too: "TypeError [ERR_X]: message".
  const toString = function toString() {
    return `${this.name} [${key}]: ${this.message}`;
  };
  const makeError = (Class) => {
    const NodeError = function NodeError(...args) {
      const limit = Error.stackTraceLimit;
      // A message function may add properties (as `this`); they follow `code`, as in Node.
      const extra = {};
      const err = new Class(formatMessage(key, args, extra));
      Object.defineProperty(err, 'code', { value: key, enumerable: true, writable: true, configurable: true });
      Object.assign(err, extra);
      Object.defineProperty(err, 'toString', {
        value: toString, enumerable: false, writable: true, configurable: true,
      });
      if (typeof limit === 'number') Error.captureStackTrace(err, NodeError);
      return finishNodeError(err, key);
    };
    NodeError.prototype = Class.prototype;
    return NodeError;
  };
  codes[key] = makeError(Base);
  for (const Other of otherClasses) codes[key][Other.name] = makeError(Other);
}

function formatMessage(key, args, extra) {
  const msg = messages.get(key);
  if (typeof msg === 'function') return msg.apply(extra, args);
  let i = 0;
  return msg.replace(/%[sdj]/g, () => String(args[i++]));
}

function lazyInspect() {
  return require('internal/util/inspect').inspect;
}

const classRegExp = /^([A-Z][a-z0-9]*)+$/;
const kTypes = ['string', 'function', 'number', 'object', 'Function', 'Object', 'boolean', 'bigint', 'symbol'];

function addNumericalSeparator(val) {
  let res = '';
  let i = val.length;
  const start = val[0] === '-' ? 1 : 0;
  for (; i >= start + 4; i -= 3) res = `_${val.slice(i - 3, i)}${res}`;
  return `${val.slice(0, i)}${res}`;
}

function formatList(list, word = 'or') {
  if (list.length <= 2) return list.join(` ${word} `);
  return `${list.slice(0, -1).join(', ')}, ${word} ${list[list.length - 1]}`;
}

function describeReceived(value) {
  if (value == null) return ` Received ${value}`;
  if (typeof value === 'function') {
    return ` Received function ${value.name}`;
  }
  if (typeof value === 'object') {
    if (value.constructor && value.constructor.name) {
      return ` Received an instance of ${value.constructor.name}`;
    }
    return ` Received ${lazyInspect()(value, { depth: -1 })}`;
  }
  let inspected = lazyInspect()(value, { colors: false });
  if (inspected.length > 28) inspected = `${inspected.slice(0, 25)}...`;
  return ` Received type ${typeof value} (${inspected})`;
}

function invalidArgType(name, expected, actual) {
  if (!Array.isArray(expected)) expected = [expected];
  let msg = 'The ';
  if (name.endsWith(' argument')) {
    msg += `${name} `;
  } else {
    msg += `"${name}" ${name.includes('.') ? 'property' : 'argument'} `;
  }
  msg += 'must be ';
  const types = [];
  const instances = [];
  const other = [];
  for (const value of expected) {
    if (kTypes.includes(value)) types.push(value.toLowerCase());
    else if (classRegExp.test(value)) instances.push(value);
    else other.push(value);
  }
  if (instances.length > 0) {
    const pos = types.indexOf('object');
    if (pos !== -1) {
      types.splice(pos, 1);
      instances.push('Object');
    }
  }
  if (types.length > 0) {
    msg += `${types.length > 1 ? 'one of type' : 'of type'} ${formatList(types)}`;
    if (instances.length > 0 || other.length > 0) msg += ' or ';
  }
  if (instances.length > 0) {
    msg += `an instance of ${formatList(instances)}`;
    if (other.length > 0) msg += ' or ';
  }
  if (other.length > 0) {
    if (other.length > 1) msg += `one of ${formatList(other)}`;
    else msg += other[0].toLowerCase() === other[0] ? `${other[0]}` : `an ${other[0]}`;
  }
  return msg + '.' + describeReceived(actual);
}

E('ERR_INVALID_ARG_TYPE', invalidArgType, TypeError);
E('ERR_INVALID_ARG_VALUE', (name, value, reason = 'is invalid') => {
  let inspected = lazyInspect()(value);
  if (inspected.length > 128) inspected = `${inspected.slice(0, 128)}...`;
  const type = name.includes('.') ? 'property' : 'argument';
  return `The ${type} '${name}' ${reason}. Received ${inspected}`;
}, TypeError, RangeError);
E('ERR_OUT_OF_RANGE', (str, range, input, replaceDefaultBoolean = false) => {
  let msg = replaceDefaultBoolean ? str : `The value of "${str}" is out of range.`;
  let received;
  if (Number.isInteger(input) && Math.abs(input) > 2 ** 32) {
    received = addNumericalSeparator(String(input));
  } else if (typeof input === 'bigint') {
    received = String(input);
    if (input > 2n ** 32n || input < -(2n ** 32n)) received = addNumericalSeparator(received);
    received += 'n';
  } else {
    received = lazyInspect()(input);
  }
  msg += ` It must be ${range}. Received ${received}`;
  return msg;
}, RangeError);
E('ERR_MISSING_ARGS', (...args) => {
  let msg = 'The ';
  const wrap = (a) => `"${a}"`;
  args = args.map((a) => (Array.isArray(a) ? a.map(wrap).join(' or ') : wrap(a)));
  switch (args.length) {
    case 1: msg += `${args[0]} argument`; break;
    case 2: msg += `${args[0]} and ${args[1]} arguments`; break;
    default: msg += `${args.slice(0, -1).join(', ')}, and ${args[args.length - 1]} arguments`;
  }
  return `${msg} must be specified`;
}, TypeError);
// The argument arrives already inspected (EventEmitter's emit does it).
E('ERR_UNHANDLED_ERROR', (err = undefined) => {
  const msg = 'Unhandled error.';
  if (err === undefined) return msg;
  return `${msg} (${err})`;
}, Error);
E('ERR_UNKNOWN_BUILTIN_MODULE', 'No such built-in module: %s', Error);
E('ERR_UNKNOWN_SIGNAL', 'Unknown signal: %s', TypeError);
E('ERR_CHILD_PROCESS_STDIO_MAXBUFFER', '%s maxBuffer length exceeded', RangeError);
E('ERR_CHILD_PROCESS_IPC_REQUIRED', "Forked processes must have an IPC channel, missing value 'ipc' in %s", Error);
E('ERR_IPC_ONE_PIPE', 'Child process can have only one IPC pipe', Error);
E('ERR_IPC_SYNC_FORK', 'IPC cannot be used with synchronous forks', Error);
E('ERR_INVALID_SYNC_FORK_INPUT', 'Asynchronous forks do not support Buffer, TypedArray, DataView or string input: %s',
  TypeError);
E('ERR_INVALID_THIS', 'Value of "this" must be of type %s', TypeError);
E('ERR_ASYNC_CALLBACK', '%s must be a function', TypeError);
E('ERR_ASYNC_TYPE', 'Invalid name for async "type": %s', TypeError);
E('ERR_INVALID_ASYNC_ID', 'Invalid %s value: %s', RangeError);
E('ERR_EVENT_RECURSION', 'The event "%s" is already being dispatched', Error);
E('ERR_METHOD_NOT_IMPLEMENTED', 'The %s method is not implemented', Error);
E('ERR_INVALID_RETURN_VALUE', (input, name, value) => {
  let type;
  if (value && value.constructor && value.constructor.name && (typeof value === 'object' || typeof value === 'function')) {
    type = `instance of ${value.constructor.name}`;
  } else if (value == null) {
    type = `type ${typeof value}`;
  } else {
    type = `type ${typeof value} (${lazyInspect()(value)})`;
  }
  return `Expected ${input} to be returned from the "${name}" function but got ${type}.`;
}, TypeError);
E('ERR_INVALID_URL', function invalidUrl(input, base = null) {
  this.input = input;
  if (base != null) this.base = base;
  return 'Invalid URL';
}, TypeError);
E('ERR_INVALID_URI', 'URI malformed', URIError);
E('ERR_INVALID_MIME_SYNTAX', (production, text, invalidIndex) =>
  `The MIME syntax for a ${production} in "${text}" is invalid${invalidIndex === -1 ? '' : ` at ${invalidIndex}`}`,
TypeError);
E('ERR_INVALID_FILE_URL_HOST', 'File URL host must be "localhost" or empty on %s', TypeError);
E('ERR_INVALID_TUPLE', '%s must be an iterable %s tuple', TypeError);
E('ERR_ARG_NOT_ITERABLE', '%s must be iterable', TypeError);
E('ERR_INVALID_FILE_URL_PATH', function invalidFileUrlPath(reason, input = undefined) {
  if (input !== undefined) this.input = input;
  return `File URL path ${reason}`;
}, TypeError);
E('ERR_INVALID_URL_SCHEME', (expected) => `The URL must be of scheme ${expected}`, TypeError);
E('ERR_REQUIRE_ESM', (filename) => `require() of ES Module ${filename} not supported.`, Error);
E('ERR_FALSY_VALUE_REJECTION', 'Promise was rejected with falsy value', Error);
E('ERR_ILLEGAL_CONSTRUCTOR', 'Illegal constructor', TypeError);
E('ERR_INVALID_CHAR', (name, field) => (field ? `Invalid character in ${name} ["${field}"]` : `Invalid character in ${name}`), TypeError);
E('ERR_FS_EISDIR', 'Path is a directory', Error);
E('ERR_INVALID_STATE', 'Invalid state: %s', Error, TypeError, RangeError);
E('ERR_MISSING_OPTION', '%s is required', TypeError);
E('ERR_MULTIPLE_CALLBACK', 'Callback called multiple times', Error);
E('ERR_STREAM_PREMATURE_CLOSE', 'Premature close', Error);
E('ERR_INVALID_FD_TYPE', 'Unsupported fd type: %s', TypeError);
E('ERR_SERVER_ALREADY_LISTEN', 'Listen method has been called more than once without closing.', Error);
E('ERR_SERVER_NOT_RUNNING', 'Server is not running.', Error);
E('ERR_SOCKET_BAD_PORT', (name, port, allowZero = true) =>
  `${name} should be ${allowZero ? '>=' : '>'} 0 and < 65536.${describeReceived(port)}.`, RangeError);
E('ERR_SOCKET_CLOSED', 'Socket is closed', Error);
E('ERR_STREAM_DESTROYED', 'Cannot call %s after a stream was destroyed', Error);
E('ERR_STREAM_WRITE_AFTER_END', 'write after end', Error);
E('ERR_STREAM_PUSH_AFTER_EOF', 'stream.push() after EOF', Error);
E('ERR_STREAM_NULL_VALUES', 'May not write null values to stream', TypeError);
E('ERR_STREAM_CANNOT_PIPE', 'Cannot pipe, not readable', Error);
E('ERR_STREAM_ALREADY_FINISHED', 'Cannot call %s after a stream was finished', Error);
E('ERR_STREAM_UNSHIFT_AFTER_END_EVENT', 'stream.unshift() after end event', Error);
E('ERR_AMBIGUOUS_ARGUMENT', 'The "%s" argument is ambiguous. %s', TypeError);
E('ERR_CONSOLE_WRITABLE_STREAM', 'Console expects a writable stream instance for %s', TypeError);
E('ERR_INCOMPATIBLE_OPTION_PAIR', 'Option "%s" cannot be used in combination with option "%s"', TypeError);
E('ERR_INVALID_PACKAGE_CONFIG', (path, base, message) =>
  `Invalid package config ${path}${base ? ` while importing ${base}` : ''}${message ? `. ${message}` : ''}`, Error);
E('ERR_PACKAGE_PATH_NOT_EXPORTED', (pkgPath, subpath, base) =>
  subpath === '.' ? `No "exports" main defined in ${pkgPath}package.json${base ? ` imported from ${base}` : ''}` :
    `Package subpath '${subpath}' is not defined by "exports" in ${pkgPath}package.json${base ? ` imported from ${base}` : ''}`, Error);
E('ERR_DLOPEN_FAILED', '%s', Error);
E('ERR_UNHANDLED_REJECTION', (reason) =>
  'This error originated either by throwing inside of an async function without a catch block, ' +
  'or by rejecting a promise which was not handled with .catch(). The promise rejected with the' +
  ` reason "${reason}".`, Error);
E('ERR_JNODE_UNSUPPORTED', (what) => `${what} is not supported by jnode yet (see docs/compat.md)`, Error);
E('ERR_ASSERTION', '%s', Error);
E('ERR_SYSTEM_ERROR', '%s', Error);
E('ERR_INVALID_ADDRESS_FAMILY', 'Invalid address family: %s', RangeError);
E('ERR_ACCESS_DENIED', 'Access to this API has been restricted', Error);
E('ERR_INVALID_CURSOR_POS', 'Cannot set cursor row without setting its column', TypeError);
E('ERR_WORKER_UNSUPPORTED_OPERATION', '%s is not supported in workers', TypeError);
E('ERR_PARSE_ARGS_INVALID_OPTION_VALUE', '%s', TypeError);
E('ERR_PARSE_ARGS_UNKNOWN_OPTION', (option, allowPositionals) => {
  const suggestDashDash = allowPositionals ? `. To specify a positional argument starting with a '-', place it at the end of the command after '--', as in '-- ${JSON.stringify(option)}` : '';
  return `Unknown option '${option}'${suggestDashDash}`;
}, TypeError);
E('ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL', "Unexpected argument '%s'. This command does not take positional arguments", TypeError);

E('ERR_INVALID_MODULE_SPECIFIER', '%s', TypeError);
E('ERR_PACKAGE_IMPORT_NOT_DEFINED', '%s', TypeError);
E('ERR_INVALID_PACKAGE_TARGET', '%s', Error);
E('ERR_UNSUPPORTED_DIR_IMPORT', '%s', Error);
E('ERR_MODULE_NOT_FOUND', '%s', Error);

// ---- node:buffer ----
E('ERR_BUFFER_OUT_OF_BOUNDS', (name = undefined) =>
  (name ? `"${name}" is outside of buffer bounds` : 'Attempt to access memory outside buffer bounds'), RangeError);
E('ERR_UNKNOWN_ENCODING', 'Unknown encoding: %s', TypeError);
E('ERR_INVALID_BUFFER_SIZE', 'Buffer size must be a multiple of %s', RangeError);
E('ERR_BUFFER_TOO_LARGE', (max) => `Cannot create a Buffer larger than ${max} bytes`, RangeError);
E('ERR_STRING_TOO_LONG', 'Cannot create a string longer than 0x1fffffe8 characters', Error);
// process
E('ERR_UNKNOWN_CREDENTIAL', '%s identifier does not exist: %s', Error);
E('ERR_INVALID_OBJECT_DEFINE_PROPERTY', '%s', TypeError);
E('ERR_FEATURE_UNAVAILABLE_ON_PLATFORM',
  'The feature %s is unavailable on the current platform, which is being used to run Node.js', TypeError);
E('ERR_OPERATION_FAILED', 'Operation failed: %s', Error);

// An error whose message was already formatted elsewhere (by a Java binding), with the class its code has.
function codedError(code, message) {
  const Base = codes[code] ? codes[code].prototype.constructor : Error;
  const err = new Base(message);
  Object.defineProperty(err, 'code', { value: code, enumerable: true, writable: true, configurable: true });
  return code.startsWith('ERR_') ? finishNodeError(err, code) : err;
}

// libuv's errors: name -> [errno, description], for system errors built from Java bindings.
const uvErrors = {
  E2BIG: [-7, 'argument list too long'], EACCES: [-13, 'permission denied'],
  EADDRINUSE: [-98, 'address already in use'], EADDRNOTAVAIL: [-99, 'address not available'],
  EAFNOSUPPORT: [-97, 'address family not supported'], EAGAIN: [-11, 'resource temporarily unavailable'],
  EALREADY: [-114, 'connection already in progress'], EBADF: [-9, 'bad file descriptor'],
  EBUSY: [-16, 'resource busy or locked'], ECANCELED: [-125, 'operation canceled'],
  ECONNABORTED: [-103, 'software caused connection abort'], ECONNREFUSED: [-111, 'connection refused'],
  ECONNRESET: [-104, 'connection reset by peer'], EEXIST: [-17, 'file already exists'],
  EFAULT: [-14, 'bad address in system call argument'], EFBIG: [-27, 'file too large'],
  EHOSTUNREACH: [-113, 'host is unreachable'], EINTR: [-4, 'interrupted system call'],
  EINVAL: [-22, 'invalid argument'], EIO: [-5, 'i/o error'], EISCONN: [-106, 'socket is already connected'],
  EISDIR: [-21, 'illegal operation on a directory'], ELOOP: [-40, 'too many symbolic links encountered'],
  EMFILE: [-24, 'too many open files'], EMSGSIZE: [-90, 'message too long'],
  ENAMETOOLONG: [-36, 'name too long'], ENETDOWN: [-100, 'network is down'],
  ENETUNREACH: [-101, 'network is unreachable'], ENFILE: [-23, 'file table overflow'],
  ENOBUFS: [-105, 'no buffer space available'], ENODEV: [-19, 'no such device'],
  ENOENT: [-2, 'no such file or directory'], ENOMEM: [-12, 'not enough memory'],
  ENOSPC: [-28, 'no space left on device'], ENOSYS: [-38, 'function not implemented'],
  ENOTCONN: [-107, 'socket is not connected'], ENOTDIR: [-20, 'not a directory'],
  ENOTEMPTY: [-39, 'directory not empty'], ENOTSOCK: [-88, 'socket operation on non-socket'],
  ENOTSUP: [-95, 'operation not supported on socket'], EOVERFLOW: [-75, 'value too large for defined data type'],
  EPERM: [-1, 'operation not permitted'], EPIPE: [-32, 'broken pipe'], EPROTO: [-71, 'protocol error'],
  ERANGE: [-34, 'result too large'], EROFS: [-30, 'read-only file system'], ESPIPE: [-29, 'invalid seek'],
  ESRCH: [-3, 'no such process'], ETIMEDOUT: [-110, 'connection timed out'], ETXTBSY: [-26, 'text file is busy'],
  EXDEV: [-18, 'cross-device link not permitted'], EOF: [-4095, 'end of file'], ENXIO: [-6, 'no such device or address'],
  EMLINK: [-31, 'too many links'], ECHILD: [-10, 'no child processes'],
};
const uvNamesByErrno = new Map(Object.entries(uvErrors).map(([name, [errno]]) => [errno, name]));

function uvErrmapGet(errno) {
  const name = uvNamesByErrno.get(errno);
  return name === undefined ? undefined : [name, uvErrors[name][1]];
}

// A libuv-style error: "ENOENT: no such file or directory, open '/x'".
function uvException(code, syscall, path, dest) {
  if (typeof code === 'number') code = uvNamesByErrno.get(-code) || `Unknown system error ${-code}`;
  const [errno, desc] = uvErrors[code] || [undefined, code];
  let message = `${code}: ${desc}, ${syscall}`;
  if (path != null) message += ` '${path}'`;
  if (dest != null) message += ` -> '${dest}'`;
  const err = new Error(message);
  err.errno = errno;
  err.code = code;
  err.syscall = syscall;
  if (path != null) err.path = path;
  if (dest != null) err.dest = dest;
  Error.captureStackTrace(err, uvException);
  return err;
}

function errnoException(errno, syscall, original) {
  const name = uvNamesByErrno.get(errno) || `Unknown system error ${errno}`;
  const message = original ? `${syscall} ${name} ${original}` : `${syscall} ${name}`;
  const err = new Error(message);
  err.errno = errno;
  err.code = name;
  err.syscall = syscall;
  Error.captureStackTrace(err, errnoException);
  return err;
}

// Node's SystemError: an operating-system failure under a Node operation. The libuv details live in `info`
// and show through errno/code-like accessors; the message reads "<prefix>: <syscall> returned <CODE> (<text>)".
class SystemError extends Error {
  constructor(key, prefix, context) {
    let message = `${prefix}: ${context.syscall} returned ${context.code} (${context.message})`;
    if (context.path !== undefined) message += ` ${context.path}`;
    if (context.dest !== undefined) message += ` => ${context.dest}`;
    super(message);
    Object.defineProperty(this, 'name', { value: 'SystemError', writable: true, configurable: true });
    Object.defineProperty(this, 'code', { value: key, enumerable: true, writable: true, configurable: true });
    Object.defineProperty(this, 'info', { value: context, enumerable: true, writable: true, configurable: true });
    for (const field of ['errno', 'syscall', 'path', 'dest']) {
      Object.defineProperty(this, field, {
        get: () => context[field],
        set: (value) => { context[field] = value; },
        enumerable: true,
        configurable: true,
      });
    }
    Error.captureStackTrace(this, new.target);
    finishNodeError(this, key);
  }

  toString() {
    return `${this.name} [${this.code}]: ${this.message}`;
  }
}

// Codes raised as SystemErrors take the libuv errno and the syscall that failed.
function systemErrorCode(key, prefix) {
  codes[key] = function NodeSystemError(errno, syscall) {
    const [code, message] = uvErrmapGet(errno) ?? [`Unknown system error ${errno}`, 'unknown error'];
    return new SystemError(key, prefix, { errno, code, message, syscall });
  };
}

systemErrorCode('ERR_TTY_INIT_FAILED', 'TTY initialization failed');

class AbortError extends Error {
  constructor(message = 'The operation was aborted', options = undefined) {
    super(message, options);
    this.code = 'ABORT_ERR';
    this.name = 'AbortError';
  }
}

function hideStackFrames(fn) {
  return fn;
}

module.exports = {
  codes,
  codedError,
  AbortError,
  uvException,
  uvErrmapGet,
  uvErrors,
  errnoException,
  hideStackFrames,
};

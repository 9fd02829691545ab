'use strict';
// The registry of Node's error codes. Each code has a message (a template with %s/%d/%j holes, or a
// function of the constructor's arguments) and one or more Error classes it can be raised as.

const templates = new Map();
const codes = {};

// Without a prototype, so that a polluted Object.prototype.get cannot turn it into an accessor descriptor.
function dataProperty(value, enumerable) {
  return { __proto__: null, value, enumerable, writable: true, configurable: true };
}

// Node shows its coded errors as "TypeError [ERR_X]: msg" at the head of the stack while `name` stays
// "TypeError"; the stack captured by V8-style engines starts with "TypeError: msg", so the code is spliced in.
function spliceCodeIntoStack(err, code) {
  const untagged = `${err.name}: ${err.message}`;
  const { stack } = err;
  if (typeof stack === 'string' && stack.startsWith(untagged)) {
    const tagged = `${err.name} [${code}]: ${err.message}`;
    Object.defineProperty(err, 'stack', dataProperty(tagged + stack.substring(untagged.length), false));
  }
  return err;
}

// A template's holes take the arguments in order; a function template may also set extra properties
// on its `this`, which land on the error after `code`.
function renderMessage(code, args, extras) {
  const template = templates.get(code);
  if (typeof template === 'function') return template.apply(extras, args);
  // As util.format fills them (an object by inspect, -0 and bigints as written), one argument per hole.
  const holes = template.match(/%[sdj]/g)?.length ?? 0;
  const filled = Array.from({ length: holes }, (_, i) => args[i]);
  return require('internal/util/inspect').format(template, ...filled);
}

function constructorFor(code, ErrorClass) {
  const describe = function toString() {
    return `${this.name} [${code}]: ${this.message}`;
  };
  const NodeError = function NodeError(...args) {
    const extras = {};
    const err = new ErrorClass(renderMessage(code, args, extras));
    Object.defineProperty(err, 'code', dataProperty(code, true));
    Object.assign(err, extras);
    Object.defineProperty(err, 'toString', dataProperty(describe, false));
    // A non-number limit means stacks are switched off; capturing then would still build one.
    if (typeof Error.stackTraceLimit === 'number') Error.captureStackTrace(err, NodeError);
    return spliceCodeIntoStack(err, code);
  };
  NodeError.prototype = ErrorClass.prototype;
  return NodeError;
}

// Most codes are raised as one class; these few also as others, reachable as codes.ERR_X.RangeError etc.
const alsoRaisedAs = {
  ERR_INVALID_ARG_VALUE: [RangeError],
  ERR_INVALID_STATE: [TypeError, RangeError],
};

function defineCodes(ErrorClass, table) {
  for (const [code, template] of Object.entries(table)) {
    templates.set(code, template);
    const primary = constructorFor(code, ErrorClass);
    for (const Alternative of alsoRaisedAs[code] ?? []) primary[Alternative.name] = constructorFor(code, Alternative);
    codes[code] = primary;
  }
}

let inspectFn;
function inspect(value, options) {
  inspectFn ??= require('internal/util/inspect').inspect;
  return inspectFn(value, options);
}

// "a", "a or b", "a, b, or c": how Node words a list of alternatives.
function orList(items) {
  if (items.length < 3) return items.join(' or ');
  return `${items.slice(0, -1).join(', ')}, or ${items[items.length - 1]}`;
}

// ---- ERR_INVALID_ARG_TYPE ----
// Expected names fall in three groups, worded differently: primitive types ("of type string"),
// class names ("an instance of Buffer") and free text ("a valid path", "an Array-like object").
const primitiveTypeNames = new Set(['string', 'function', 'number', 'object', 'Function', 'Object', 'boolean',
  'bigint', 'symbol']);
const classNamePattern = /^([A-Z][a-z0-9]*)+$/;

function groupExpected(expected) {
  const groups = { primitives: [], classes: [], phrases: [] };
  for (const entry of Array.isArray(expected) ? expected : [expected]) {
    if (primitiveTypeNames.has(entry)) groups.primitives.push(entry.toLowerCase());
    else if (classNamePattern.test(entry)) groups.classes.push(entry);
    else groups.phrases.push(entry);
  }
  // Next to class names a plain object reads as "an instance of ... or Object" rather than a type.
  const objectAt = groups.primitives.indexOf('object');
  if (groups.classes.length > 0 && objectAt >= 0) {
    groups.primitives = groups.primitives.filter((_, at) => at !== objectAt);
    groups.classes.push('Object');
  }
  return groups;
}

function wordExpected(expected) {
  const { primitives, classes, phrases } = groupExpected(expected);
  const alternatives = [];
  if (primitives.length === 1) alternatives.push(`of type ${primitives[0]}`);
  if (primitives.length > 1) alternatives.push(`one of type ${orList(primitives)}`);
  if (classes.length > 0) alternatives.push(`an instance of ${orList(classes)}`);
  if (phrases.length > 1) alternatives.push(`one of ${orList(phrases)}`);
  if (phrases.length === 1) {
    const [phrase] = phrases;
    alternatives.push(phrase === phrase.toLowerCase() ? phrase : `an ${phrase}`);
  }
  return alternatives.join(' or ');
}

function wordSubject(name) {
  if (name.endsWith(' argument')) return `The ${name}`;
  return `The "${name}" ${name.includes('.') ? 'property' : 'argument'}`;
}

// A value as error messages describe what was passed or returned: a class name for objects, a short
// inspection for primitives.
function describeValue(value) {
  if (value === undefined || value === null) return `${value}`;
  const kind = typeof value;
  if (kind === 'function') return `function ${value.name}`;
  if (kind === 'object') {
    const className = value.constructor?.name;
    return className ? `an instance of ${className}` : inspect(value, { depth: -1 });
  }
  // Long strings are cut before quoting, so the quote still closes: 'xxxxxxxxxxxxxxxxxxxxxxxxx...'
  const shortened = kind === 'string' && value.length > 28 ? `${value.slice(0, 25)}...` : value;
  return `type ${kind} (${inspect(shortened, { colors: false })})`;
}

// ---- ERR_OUT_OF_RANGE ----
// Big integers are shown with "_" between groups of three digits, counted from the right.
function withDigitGroups(text) {
  const sign = text.startsWith('-') ? '-' : '';
  let rest = text.slice(sign.length);
  const groups = [];
  while (rest.length > 3) {
    groups.unshift(rest.slice(-3));
    rest = rest.slice(0, -3);
  }
  return sign + [rest, ...groups].join('_');
}

const twoToThe32 = 2 ** 32;
function wordOutOfRangeValue(input) {
  if (typeof input === 'bigint') {
    const magnitude = input < 0n ? -input : input;
    return `${magnitude > BigInt(twoToThe32) ? withDigitGroups(String(input)) : String(input)}n`;
  }
  if (Number.isInteger(input) && Math.abs(input) > twoToThe32) return withDigitGroups(String(input));
  return inspect(input);
}

function quoted(name) {
  return `"${name}"`;
}

defineCodes(TypeError, {
  ERR_INVALID_REPL_INPUT: '%s',
  ERR_IMPORT_ATTRIBUTE_MISSING: (url, key, value) => `Module "${url}" needs an import attribute of "${key}: ${value}"`,
  ERR_IMPORT_ATTRIBUTE_TYPE_INCOMPATIBLE: (url, type) => `Module "${url}" is not of type "${type}"`,
  ERR_IMPORT_ATTRIBUTE_UNSUPPORTED: (key, value, url) =>
    `Import attribute "${key}" with value "${value}" is not supported in ${url}`,
  ERR_UNKNOWN_FILE_EXTENSION: (ext, path) => `Unknown file extension "${ext}" for ${path}`,
  ERR_UNSUPPORTED_RESOLVE_REQUEST: (specifier, base) => `Failed to resolve module specifier "${specifier}" ` +
    `from "${base}": Invalid relative URL or base scheme is not hierarchical.`,
  ERR_TLS_INVALID_PROTOCOL_VERSION: (version, kind) =>
    `${JSON.stringify(version)} is not a valid ${kind} TLS protocol version`,
  ERR_TLS_INVALID_CONTEXT: '%s must be a SecureContext',
  ERR_TLS_INVALID_PROTOCOL_METHOD: '%s',
  ERR_INVALID_ARG_TYPE: (name, expected, actual) =>
    `${wordSubject(name)} must be ${wordExpected(expected)}. Received ${describeValue(actual)}`,
  ERR_INVALID_ARG_VALUE: (name, value, reason = 'is invalid') => {
    const shown = inspect(value);
    const clipped = shown.length > 128 ? `${shown.slice(0, 128)}...` : shown;
    return `The ${name.includes('.') ? 'property' : 'argument'} '${name}' ${reason}. Received ${clipped}`;
  },
  ERR_MISSING_ARGS: (...names) => {
    const listed = names.map((entry) => (Array.isArray(entry) ? entry.map(quoted).join(' or ') : quoted(entry)));
    if (listed.length === 1) return `The ${listed[0]} argument must be specified`;
    const last = listed.pop();
    const joined = listed.length === 1 ? `${listed[0]} and ${last}` : `${listed.join(', ')}, and ${last}`;
    return `The ${joined} arguments must be specified`;
  },
  ERR_UNKNOWN_SIGNAL: 'Unknown signal: %s',
  ERR_INVALID_SYNC_FORK_INPUT: 'Asynchronous forks do not support Buffer, TypedArray, DataView or string input: %s',
  ERR_INVALID_THIS: 'Value of "this" must be of type %s',
  ERR_ASYNC_CALLBACK: '%s must be a function',
  ERR_ASYNC_TYPE: 'Invalid name for async "type": %s',
  ERR_INVALID_RETURN_PROPERTY_VALUE: (input, name, prop, value) =>
    `Expected ${input} to be returned for the "${prop}" from the "${name}" hook but got ${describeValue(value)}.`,
  ERR_INVALID_RETURN_VALUE: (input, name, value) =>
    `Expected ${input} to be returned from the "${name}" function but got ${describeValue(value)}.`,
  ERR_INVALID_URL: function invalidUrl(input, base = null) {
    this.input = input;
    if (base != null) this.base = base;
    return 'Invalid URL';
  },
  ERR_INVALID_MIME_SYNTAX: (production, text, invalidIndex) =>
    `The MIME syntax for a ${production} in "${text}" is invalid${invalidIndex === -1 ? '' : ` at ${invalidIndex}`}`,
  ERR_INVALID_FILE_URL_HOST: 'File URL host must be "localhost" or empty on %s',
  ERR_INVALID_TUPLE: '%s must be an iterable %s tuple',
  ERR_ARG_NOT_ITERABLE: '%s must be iterable',
  ERR_INVALID_FILE_URL_PATH: function invalidFileUrlPath(reason, input = undefined) {
    if (input !== undefined) this.input = input;
    return `File URL path ${reason}`;
  },
  ERR_INVALID_URL_SCHEME: (expected) => `The URL must be of scheme ${expected}`,
  ERR_ILLEGAL_CONSTRUCTOR: 'Illegal constructor',
  ERR_MODULE_LINK_MISMATCH: '%s',
  ERR_VM_DYNAMIC_IMPORT_CALLBACK_MISSING: 'A dynamic import callback was not specified.',
  ERR_VM_DYNAMIC_IMPORT_CALLBACK_MISSING_FLAG:
    'A dynamic import callback was invoked without --experimental-vm-modules',
  ERR_INVALID_HANDLE_TYPE: 'This handle type cannot be sent',
  ERR_INVALID_REPL_EVAL_CONFIG: 'Cannot specify both "breakEvalOnSigint" and "eval" for REPL',
  ERR_INVALID_CHAR: (name, field) => `Invalid character in ${name}${field ? ` ["${field}"]` : ''}`,
  ERR_MISSING_OPTION: '%s is required',
  ERR_INVALID_FD_TYPE: 'Unsupported fd type: %s',
  ERR_STREAM_NULL_VALUES: 'May not write null values to stream',
  ERR_INVALID_HTTP_TOKEN: '%s must be a valid HTTP token ["%s"]',
  ERR_HTTP_INVALID_HEADER_VALUE: 'Invalid value "%s" for header "%s"',
  ERR_INVALID_PROTOCOL: 'Protocol "%s" not supported. Expected "%s"',
  ERR_UNESCAPED_CHARACTERS: '%s contains unescaped characters',
  ERR_HTTP_TRAILER_INVALID: 'Trailers are invalid with this transfer encoding',
  ERR_AMBIGUOUS_ARGUMENT: 'The "%s" argument is ambiguous. %s',
  ERR_CONSOLE_WRITABLE_STREAM: 'Console expects a writable stream instance for %s',
  ERR_INCOMPATIBLE_OPTION_PAIR: 'Option "%s" cannot be used in combination with option "%s"',
  ERR_INVALID_CURSOR_POS: 'Cannot set cursor row without setting its column',
  ERR_WORKER_UNSUPPORTED_OPERATION: '%s is not supported in workers',
  ERR_WORKER_PATH: (filename) => 'The worker script or module filename must be an absolute path or a relative ' +
    "path starting with './' or '../'." +
    (filename.startsWith('file://') ? ' Wrap file:// URLs with `new URL`.' : '') +
    (filename.startsWith('data:text/javascript') ? ' Wrap data: URLs with `new URL`.' : '') + ` Received "${filename}"`,
  ERR_CONSTRUCT_CALL_INVALID: 'Constructor cannot be called',
  ERR_CONSTRUCT_CALL_REQUIRED: 'Cannot call constructor without `new`',
  ERR_WEBASSEMBLY_RESPONSE: 'WebAssembly response %s',
  ERR_PARSE_ARGS_INVALID_OPTION_VALUE: '%s',
  ERR_PARSE_ARGS_UNKNOWN_OPTION: (option, allowPositionals) => (allowPositionals ?
    `Unknown option '${option}'. To specify a positional argument starting with a '-', place it at the end of ` +
      `the command after '--', as in '-- ${JSON.stringify(option)}` :
    `Unknown option '${option}'`),
  ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL:
    "Unexpected argument '%s'. This command does not take positional arguments",
  ERR_INVALID_MODULE_SPECIFIER: '%s',
  ERR_PACKAGE_IMPORT_NOT_DEFINED: '%s',
  ERR_UNKNOWN_ENCODING: 'Unknown encoding: %s',
  ERR_INVALID_OBJECT_DEFINE_PROPERTY: '%s',
  ERR_CRYPTO_INVALID_DIGEST: 'Invalid digest: %s',
  ERR_CRYPTO_INVALID_IV: 'Invalid initialization vector',
  ERR_MISSING_PASSPHRASE: 'Passphrase required for encrypted key',
  ERR_CRYPTO_INVALID_AUTH_TAG: '%s',
  ERR_CRYPTO_INVALID_KEY_OBJECT_TYPE: 'Invalid key object type %s, expected %s.',
  ERR_CRYPTO_INVALID_JWK: 'Invalid JWK data',
  ERR_CRYPTO_INVALID_CURVE: 'Invalid EC curve name',
  ERR_CRYPTO_ECDH_INVALID_FORMAT: 'Invalid ECDH format: %s',
  ERR_FEATURE_UNAVAILABLE_ON_PLATFORM:
    'The feature %s is unavailable on the current platform, which is being used to run Node.js',
  ERR_SOCKET_BAD_TYPE: 'Bad socket type specified. Valid types are: udp4, udp6',
  ERR_SOCKET_BAD_BUFFER_SIZE: 'Buffer size must be a positive integer',
  ERR_INVALID_IP_ADDRESS: 'Invalid IP address: %s',
  ERR_DNS_SET_SERVERS_FAILED: 'c-ares failed to set servers: "%s" [%s]',
});

defineCodes(RangeError, {
  ERR_INVALID_FD: '"fd" must be a positive integer: %s',
  ERR_UNKNOWN_MODULE_FORMAT: (format, url) => `Unknown module format: ${format} for URL ${url}`,
  ERR_HTTP_INVALID_STATUS_CODE: 'Invalid status code: %s',
  ERR_CRYPTO_TIMING_SAFE_EQUAL_LENGTH: 'Input buffers must have the same byte length',
  ERR_CRYPTO_INVALID_KEYLEN: 'Invalid key length',
  ERR_CRYPTO_INVALID_KEYTYPE: 'Invalid key type',
  ERR_CRYPTO_INVALID_SCRYPT_PARAMS: 'Invalid scrypt params',
  ERR_OUT_OF_RANGE: (subject, range, input, subjectIsMessage = false) => {
    const lead = subjectIsMessage ? subject : `The value of "${subject}" is out of range.`;
    return `${lead} It must be ${range}. Received ${wordOutOfRangeValue(input)}`;
  },
  ERR_CHILD_PROCESS_STDIO_MAXBUFFER: '%s maxBuffer length exceeded',
  ERR_INVALID_ASYNC_ID: 'Invalid %s value: %s',
  ERR_INVALID_ADDRESS_FAMILY: 'Invalid address family: %s',
  ERR_BUFFER_OUT_OF_BOUNDS: (name = undefined) =>
    (name ? `"${name}" is outside of buffer bounds` : 'Attempt to access memory outside buffer bounds'),
  ERR_INVALID_BUFFER_SIZE: 'Buffer size must be a multiple of %s',
  ERR_BUFFER_TOO_LARGE: (max) => `Cannot create a Buffer larger than ${max} bytes`,
  ERR_SOCKET_BAD_PORT: (name, port, allowZero = true) =>
    `${name} should be ${allowZero ? '>=' : '>'} 0 and < 65536. Received ${describeValue(port)}.`,
});

defineCodes(URIError, { ERR_INVALID_URI: 'URI malformed' });

defineCodes(SyntaxError, {
  ERR_INVALID_TYPESCRIPT_SYNTAX: '%s',
  ERR_TLS_CERT_ALTNAME_FORMAT: 'Invalid subject alternative name string',
  ERR_UNSUPPORTED_TYPESCRIPT_SYNTAX: '%s',
});

function importedFrom(base) {
  return base ? ` imported from ${base}` : '';
}

defineCodes(Error, {
  ERR_INPUT_TYPE_NOT_ALLOWED: '--input-type can only be used with string input via --eval, --print, or STDIN',
  ERR_WORKER_INVALID_EXEC_ARGV: (errors, what = 'invalid execArgv flags') =>
    `Initiated Worker with ${what}: ${errors.join(', ')}`,
  ERR_VM_MODULE_ALREADY_LINKED: 'Module has already been linked',
  ERR_VM_MODULE_CACHED_DATA_REJECTED: 'cachedData buffer was rejected',
  ERR_VM_MODULE_CANNOT_CREATE_CACHED_DATA: 'Cached data cannot be created for a module which has been evaluated',
  ERR_VM_MODULE_DIFFERENT_CONTEXT: 'Linked modules must use the same context',
  ERR_VM_MODULE_LINK_FAILURE: function linkFailure(message, cause) {
    this.cause = cause;
    return message;
  },
  ERR_VM_MODULE_NOT_MODULE: 'Provided module is not an instance of Module',
  ERR_VM_MODULE_STATUS: 'Module status %s',
  ERR_INVALID_ADDRESS: 'Invalid socket address',
  ERR_SCRIPT_EXECUTION_TIMEOUT: 'Script execution timed out after %sms',
  ERR_USE_AFTER_CLOSE: '%s was closed',
  ERR_SCRIPT_EXECUTION_INTERRUPTED: 'Script execution was interrupted by `SIGINT`',
  ERR_IP_BLOCKED: (ip) => `IP(${ip}) is blocked by net.BlockList`,
  ERR_SOCKET_CLOSED_BEFORE_CONNECTION: 'Socket closed before the connection was established',
  // The argument arrives already inspected (EventEmitter's emit does it).
  ERR_UNHANDLED_ERROR: (err = undefined) => (err === undefined ? 'Unhandled error.' : `Unhandled error. (${err})`),
  ERR_UNKNOWN_BUILTIN_MODULE: 'No such built-in module: %s',
  ERR_CHILD_PROCESS_IPC_REQUIRED: "Forked processes must have an IPC channel, missing value 'ipc' in %s",
  ERR_IPC_ONE_PIPE: 'Child process can have only one IPC pipe',
  ERR_IPC_CHANNEL_CLOSED: 'Channel closed',
  ERR_IPC_DISCONNECTED: 'IPC channel is already disconnected',
  ERR_IPC_SYNC_FORK: 'IPC cannot be used with synchronous forks',
  ERR_EVENT_RECURSION: 'The event "%s" is already being dispatched',
  ERR_METHOD_NOT_IMPLEMENTED: 'The %s method is not implemented',
  ERR_NOT_BUILDING_SNAPSHOT: 'Operation cannot be invoked when not building startup snapshot',
  ERR_HTTP_HEADERS_SENT: 'Cannot %s headers after they are sent to the client',
  ERR_HTTP_SOCKET_ASSIGNED: 'ServerResponse has an already assigned socket',
  ERR_HTTP_SOCKET_ENCODING: 'Changing the socket encoding is not allowed per RFC7230 Section 3.',
  ERR_HTTP_BODY_NOT_ALLOWED: 'Adding content for this request method or response status is not allowed.',
  ERR_HTTP_CONTENT_LENGTH_MISMATCH: 'Response body\'s content-length of %s byte(s) does not match the content-length of %s byte(s) set in header',
  ERR_EVAL_ESM_CANNOT_PRINT: '--print cannot be used with ESM input',
  ERR_REQUIRE_ASYNC_MODULE: (filename, parentFilename) => 'require() cannot be used on an ESM graph with ' +
    'top-level await. Use import() instead. To see where the top-level await comes from, use ' +
    `--experimental-print-required-tla.\nRequired module: ${filename}` +
    (parentFilename ? `\nRequire stack:\n- ${parentFilename}` : ''),
  ERR_REQUIRE_CYCLE_MODULE: '%s',
  ERR_LOADER_CHAIN_INCOMPLETE: '"%s" did not call the next hook in its chain and did not explicitly signal a short ' +
    'circuit. If this is intentional, include `shortCircuit: true` in the hook\'s return.',
  // Node's advice depends on why the file is an ES module: its extension, its syntax, or its package's "type"
  // (packageJson, given then).
  ERR_REQUIRE_ESM: (filename, parentFilename, hasEsmSyntax = true, packageJson = undefined) => {
    if (parentFilename === undefined) return `require() of ES Module ${filename} not supported.`;
    const head = `require() of ES Module ${filename} from ${parentFilename} not supported.\n`;
    if (filename.endsWith('.mjs') || (!hasEsmSyntax && packageJson === undefined)) {
      return `${head}Instead change the require of ${filename} to a dynamic import() which is available in all ` +
        'CommonJS modules.';
    }
    const { basename } = require('path');
    const name = basename(filename) === basename(parentFilename) ? filename : basename(filename);
    if (hasEsmSyntax) {
      return `${head}Instead change the require of ${name} in ${parentFilename} to a dynamic import() which is ` +
        'available in all CommonJS modules.';
    }
    return `${head}${name} is treated as an ES module file as it is a .js file whose nearest parent package.json ` +
      'contains "type": "module" which declares all .js files in that package scope as ES modules.\nInstead ' +
      `either rename ${name} to end in .cjs, change the requiring code to use dynamic import() which is available ` +
      `in all CommonJS modules, or change "type": "module" to "type": "commonjs" in ${packageJson} to treat all ` +
      '.js files as CommonJS (using .mjs for all ES modules instead).\n';
  },
  ERR_FALSY_VALUE_REJECTION: 'Promise was rejected with falsy value',
  ERR_DIR_CLOSED: 'Directory handle was closed',
  ERR_DIR_CONCURRENT_OPERATION:
    'Cannot do synchronous work on directory handle with concurrent asynchronous operations',
  ERR_INVALID_STATE: 'Invalid state: %s',
  ERR_MULTIPLE_CALLBACK: 'Callback called multiple times',
  ERR_STREAM_PREMATURE_CLOSE: 'Premature close',
  ERR_SOCKET_CLOSED: 'Socket is closed',
  ERR_SERVER_ALREADY_LISTEN: 'Listen method has been called more than once without closing.',
  ERR_SERVER_NOT_RUNNING: 'Server is not running.',
  ERR_SOCKET_ALREADY_BOUND: 'Socket is already bound',
  ERR_SOCKET_DGRAM_IS_CONNECTED: 'Already connected',
  ERR_SOCKET_DGRAM_NOT_CONNECTED: 'Not connected',
  ERR_SOCKET_DGRAM_NOT_RUNNING: 'Not running',
  ERR_STREAM_DESTROYED: 'Cannot call %s after a stream was destroyed',
  ERR_STREAM_WRITE_AFTER_END: 'write after end',
  ERR_STREAM_PUSH_AFTER_EOF: 'stream.push() after EOF',
  ERR_STREAM_CANNOT_PIPE: 'Cannot pipe, not readable',
  ERR_STREAM_ALREADY_FINISHED: 'Cannot call %s after a stream was finished',
  ERR_STREAM_UNSHIFT_AFTER_END_EVENT: 'stream.unshift() after end event',
  ERR_INVALID_PACKAGE_CONFIG: (path, base, message) =>
    `Invalid package config ${path}${base ? ` while importing ${base}` : ''}${message ? `. ${message}` : ''}`,
  ERR_PACKAGE_PATH_NOT_EXPORTED: (pkgPath, subpath, base) => (subpath === '.' ?
    `No "exports" main defined in ${pkgPath}package.json${importedFrom(base)}` :
    `Package subpath '${subpath}' is not defined by "exports" in ${pkgPath}package.json${importedFrom(base)}`),
  ERR_DLOPEN_FAILED: '%s',
  ERR_UNHANDLED_REJECTION: (reason) =>
    'This error originated either by throwing inside of an async function without a catch block, ' +
    'or by rejecting a promise which was not handled with .catch(). The promise rejected with the' +
    ` reason "${reason}".`,
  ERR_CRYPTO_HASH_FINALIZED: 'Digest already called',
  ERR_CRYPTO_UNKNOWN_CIPHER: 'Unknown cipher',
  ERR_CRYPTO_INCOMPATIBLE_KEY_OPTIONS: 'The selected key encoding %s %s.',
  ERR_CRYPTO_INVALID_STATE: 'Invalid state for operation %s',
  ERR_CRYPTO_SIGN_KEY_REQUIRED: 'No key provided to sign',
  ERR_CRYPTO_OPERATION_FAILED: '%s',
  ERR_CRYPTO_INCOMPATIBLE_KEY: 'Incompatible %s: %s',
  ERR_CRYPTO_ECDH_INVALID_PUBLIC_KEY: 'Public key is not valid for specified curve',
  // The runner's wrapper of a test's failure: the cause is what the test threw, or the runner's own reason.
  ERR_TEST_FAILURE: function(cause, failureType) {
    this.failureType = failureType;
    this.cause = cause;
    return typeof cause === 'string' ? cause : (cause?.message ?? inspect(cause));
  },
  ERR_JNODE_UNSUPPORTED: (what) => `${what} is not supported by jnode yet (see docs/compat.md)`,
  ERR_ASSERTION: '%s',
  ERR_SYSTEM_ERROR: '%s',
  ERR_ACCESS_DENIED: 'Access to this API has been restricted',
  ERR_INVALID_PACKAGE_TARGET: '%s',
  ERR_UNSUPPORTED_DIR_IMPORT: '%s',
  ERR_UNSUPPORTED_NODE_MODULES_TYPE_STRIPPING: (filename) =>
    `Stripping types is currently unsupported for files under node_modules, for "${filename}"`,
  ERR_UNSUPPORTED_ESM_URL_SCHEME: (url) => 'Only URLs with a scheme in: file, data, and node are supported by the ' +
    `default ESM loader. Received protocol '${url.protocol}'`,
  ERR_MODULE_NOT_FOUND: '%s',
  ERR_STRING_TOO_LONG: 'Cannot create a string longer than 0x1fffffe8 characters',
  ERR_UNKNOWN_CREDENTIAL: '%s identifier does not exist: %s',
  ERR_OPERATION_FAILED: 'Operation failed: %s',
  ERR_TLS_CERT_ALTNAME_INVALID: "Hostname/IP does not match certificate's altnames: %s",
  ERR_TLS_SNI_FROM_SERVER: 'Cannot issue SNI from a TLS server-side socket',
  ERR_TLS_HANDSHAKE_TIMEOUT: 'TLS handshake timeout',
  ERR_TLS_RENEGOTIATION_DISABLED: 'TLS session renegotiation disabled for this socket',
});

// An error whose message was already formatted elsewhere (by a Java binding), with the class its code has.
function codedError(code, message) {
  const ErrorClass = codes[code] ? codes[code].prototype.constructor : Error;
  const err = new ErrorClass(message);
  Object.defineProperty(err, 'code', dataProperty(code, true));
  return code.startsWith('ERR_') ? spliceCodeIntoStack(err, code) : err;
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
  ENOPROTOOPT: [-92, 'protocol not available'],
  // getaddrinfo's failures, as libuv numbers them
  EAI_ADDRFAMILY: [-3000, 'address family not supported'], EAI_AGAIN: [-3001, 'temporary failure'],
  EAI_BADFLAGS: [-3002, 'bad ai_flags value'], EAI_CANCELED: [-3003, 'request canceled'],
  EAI_FAIL: [-3004, 'permanent failure'], EAI_FAMILY: [-3005, 'ai_family not supported'],
  EAI_MEMORY: [-3006, 'out of memory'], EAI_NODATA: [-3007, 'no address'],
  EAI_NONAME: [-3008, 'unknown node or service'], EAI_OVERFLOW: [-3009, 'argument buffer overflow'],
  EAI_SERVICE: [-3010, 'service not available for socket type'],
  EAI_SOCKTYPE: [-3011, 'socket type not supported'], EAI_BADHINTS: [-3013, 'invalid value for hints'],
  EAI_PROTOCOL: [-3014, 'resolved protocol is unknown'],
};
const uvNamesByErrno = new Map(Object.entries(uvErrors).map(([name, [errno]]) => [errno, name]));

function uvErrmapGet(errno) {
  const name = uvNamesByErrno.get(errno);
  return name === undefined ? undefined : [name, uvErrors[name][1]];
}

// A libuv-style error: "ENOENT: no such file or directory, open '/x'".
function uvException(code, syscall, path, dest) {
  // rm of a directory without `recursive`: a SystemError, as Node's JavaScript rm raises it.
  if (code === 'ERR_FS_EISDIR') {
    return new codes.ERR_FS_EISDIR({ code: 'EISDIR', message: 'is a directory', path, syscall, errno: 21 });
  }
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

// A socket operation's failure naming the peer: "send EMSGSIZE 127.0.0.1:41234" (the port only when positive),
// then " - Local (<additional>)" when given.
function exceptionWithHostPort(errno, syscall, address, port, additional = undefined) {
  const code = uvNamesByErrno.get(errno) || `Unknown system error ${errno}`;
  let target = '';
  if (port > 0) target = ` ${address}:${port}`;
  else if (address) target = ` ${address}`;
  if (additional) target += ` - Local (${additional})`;
  const err = new Error(`${syscall} ${code}${target}`);
  err.errno = errno;
  err.code = code;
  err.syscall = syscall;
  err.address = address;
  if (port) err.port = port;
  Error.captureStackTrace(err, exceptionWithHostPort);
  return err;
}

// Node's SystemError: an operating-system failure under a Node operation. The libuv details live in `info`
// and read through live accessors; the message is "<prefix>: <syscall> returned <CODE> (<text>)" plus
// the path and destination when there are any.
const liveInfoFields = ['errno', 'syscall', 'path', 'dest'];

class SystemError extends Error {
  constructor(key, prefix, info) {
    const words = [`${prefix}: ${info.syscall} returned ${info.code} (${info.message})`];
    if (info.path !== undefined) words.push(info.path);
    if (info.dest !== undefined) words.push(`=> ${info.dest}`);
    super(words.join(' '));
    Object.defineProperties(this, {
      name: { value: 'SystemError', writable: true, configurable: true },
      code: dataProperty(key, true),
      info: dataProperty(info, true),
    });
    for (const field of liveInfoFields) {
      // path and dest exist only when the failure has them.
      if ((field === 'path' || field === 'dest') && info[field] === undefined) continue;
      Object.defineProperty(this, field, {
        enumerable: true,
        configurable: true,
        get: () => info[field],
        set: (value) => { info[field] = value; },
      });
    }
    Error.captureStackTrace(this, new.target);
    spliceCodeIntoStack(this, key);
  }

  toString() {
    return `${this.name} [${this.code}]: ${this.message}`;
  }
}

// Codes raised as SystemErrors take the libuv errno and the syscall that failed.
const systemErrorPrefixes = {
  ERR_SYSTEM_ERROR: 'A system error occurred',
  ERR_TTY_INIT_FAILED: 'TTY initialization failed',
  ERR_SOCKET_BUFFER_SIZE: 'Could not get or set buffer size',
};
for (const [key, prefix] of Object.entries(systemErrorPrefixes)) {
  codes[key] = function NodeSystemError(errno, syscall) {
    const [code, message] = uvErrmapGet(errno) ?? [`Unknown system error ${errno}`, 'unknown error'];
    return new SystemError(key, prefix, { errno, code, message, syscall });
  };
}

// Failures of fs.cp and fs.rm are SystemErrors whose info ({ message, path, syscall, errno, code }) the caller
// builds, errno positive as in os.constants.errno.
const fsSystemErrorPrefixes = {
  ERR_FS_EISDIR: 'Path is a directory',
  ERR_FS_CP_DIR_TO_NON_DIR: 'Cannot overwrite non-directory with directory',
  ERR_FS_CP_EEXIST: 'Target already exists',
  ERR_FS_CP_EINVAL: 'Invalid src or dest',
  ERR_FS_CP_FIFO_PIPE: 'Cannot copy a FIFO pipe',
  ERR_FS_CP_NON_DIR_TO_DIR: 'Cannot overwrite directory with non-directory',
  ERR_FS_CP_SOCKET: 'Cannot copy a socket file',
  ERR_FS_CP_SYMLINK_TO_SUBDIRECTORY: 'Cannot overwrite symlink in subdirectory of self',
  ERR_FS_CP_UNKNOWN: 'Cannot copy an unknown file type',
};
for (const [key, prefix] of Object.entries(fsSystemErrorPrefixes)) {
  codes[key] = function NodeSystemError(info) {
    return new SystemError(key, prefix, info);
  };
}

// A name-service failure: "getaddrinfo ENOTFOUND example.invalid", "queryA ESERVFAIL example.test". `code` is
// a libuv errno (getaddrinfo's "no such name" and "no address" both read ENOTFOUND) or c-ares's error name.
function dnsException(code, syscall, hostname) {
  let errno;
  if (typeof code === 'number') {
    errno = code;
    code = code === uvErrors.EAI_NODATA[0] || code === uvErrors.EAI_NONAME[0] ? 'ENOTFOUND' :
      uvNamesByErrno.get(code) ?? `Unknown system error ${code}`;
  }
  const err = new Error(`${syscall} ${code}${hostname ? ` ${hostname}` : ''}`);
  err.errno = errno;
  err.code = code;
  err.syscall = syscall;
  if (hostname) err.hostname = hostname;
  Error.captureStackTrace(err, dnsException);
  return err;
}

class AbortError extends Error {
  constructor(message = 'The operation was aborted', options = undefined) {
    super(message, options);
    this.code = 'ABORT_ERR';
    this.name = 'AbortError';
  }
}

module.exports = {
  codes,
  codedError,
  AbortError,
  uvException,
  uvErrmapGet,
  uvErrors,
  errnoException,
  exceptionWithHostPort,
  dnsException,
};

'use strict';
// The properties and methods of `process`, over internalBinding('process').

const EventEmitter = require('events');
const {
  codes: {
    ERR_INVALID_ARG_TYPE, ERR_UNKNOWN_SIGNAL, ERR_INVALID_ARG_VALUE, ERR_JNODE_UNSUPPORTED,
    ERR_INVALID_OBJECT_DEFINE_PROPERTY,
  },
} = require('internal/errors');
const {
  validateNumber, validateString, validateObject, validateInteger, validateBoolean, validateArray,
} = require('internal/validators');
const { signals } = require('internal/constants').os;
const { nextTick } = require('internal/process/task_queues');

const NODE_VERSION = 'v24.21.0';
const binding = internalBinding('process');

function defineValue(obj, name, value, enumerable = true) {
  Object.defineProperty(obj, name, { value, writable: true, configurable: true, enumerable });
}

// Setting or deleting TZ changes the zone Date uses, as in Node.
function envChanged(key, value) {
  if (key === 'TZ') binding.setTimeZone(value);
}

function createEnv() {
  const store = { __proto__: null };
  const entries = binding.environ();
  for (let i = 0; i < entries.length; i += 2) store[entries[i]] = entries[i + 1];
  const target = {};
  Object.assign(target, store);
  return new Proxy(target, {
    set(t, key, value) {
      if (typeof key === 'symbol') throw new TypeError('Cannot convert a Symbol value to a string');
      if (typeof value === 'symbol') throw new TypeError('Cannot convert a Symbol value to a string');
      t[key] = `${value}`;
      envChanged(key, t[key]);
      return true;
    },
    defineProperty(t, key, desc) {
      if ('get' in desc || 'set' in desc) {
        throw new ERR_INVALID_OBJECT_DEFINE_PROPERTY(
          "'process.env' does not accept an accessor(getter/setter) descriptor");
      }
      if (!desc.configurable || !desc.writable || !desc.enumerable) {
        throw new ERR_INVALID_OBJECT_DEFINE_PROPERTY(
          "'process.env' only accepts a configurable, writable, and enumerable data descriptor");
      }
      t[key] = `${desc.value}`;
      envChanged(key, t[key]);
      return true;
    },
    deleteProperty(t, key) {
      const had = typeof key === 'string' && Object.prototype.hasOwnProperty.call(t, key);
      delete t[key];
      if (had) envChanged(key, null);
      return true;
    },
    get(t, key) {
      if (typeof key === 'symbol') return undefined;
      return Object.prototype.hasOwnProperty.call(t, key) ? t[key] : undefined;
    },
    has(t, key) {
      return typeof key === 'string' && Object.prototype.hasOwnProperty.call(t, key);
    },
  });
}

function hrtime(time) {
  const ns = binding.hrtime();
  const sec = Math.floor(ns / 1e9);
  const nsec = ns - sec * 1e9;
  if (time !== undefined) {
    if (!Array.isArray(time)) throw new ERR_INVALID_ARG_TYPE('time', 'Array', time);
    if (time.length !== 2) {
      const { codes: { ERR_OUT_OF_RANGE } } = require('internal/errors');
      throw new ERR_OUT_OF_RANGE('time', 2, time.length);
    }
    let dsec = sec - time[0];
    let dnsec = nsec - time[1];
    if (dnsec < 0) {
      dsec--;
      dnsec += 1e9;
    }
    return [dsec, dnsec];
  }
  return [sec, nsec];
}
hrtime.bigint = function bigint() {
  return BigInt(binding.hrtime());
};

function memoryUsage() {
  const [rss, heapTotal, heapUsed, external, arrayBuffers] = binding.memoryUsage();
  return { rss, heapTotal, heapUsed, external, arrayBuffers };
}
memoryUsage.rss = function rss() {
  return binding.rss();
};

// A previous { user, system } sample: numbers from 0 to MAX_SAFE_INTEGER, else Node's errors.
function validateCpuSample(prevValue) {
  validateObject(prevValue, 'prevValue');
  for (const key of ['user', 'system']) {
    const value = prevValue[key];
    if (typeof value !== 'number' || !(value >= 0 && value <= Number.MAX_SAFE_INTEGER)) {
      validateNumber(value, `prevValue.${key}`);
      throw new ERR_INVALID_ARG_VALUE.RangeError(`prevValue.${key}`, value);
    }
  }
}

function cpuDelta(user, system, prevValue) {
  if (!prevValue) return { user, system };
  validateCpuSample(prevValue);
  return { user: user - prevValue.user, system: system - prevValue.system };
}

function cpuUsage(prevValue) {
  const r = binding.resourceUsage();
  return cpuDelta(r[0], r[1], prevValue);
}

function threadCpuUsage(prevValue) {
  const [user, system] = binding.threadCpuUsage();
  return cpuDelta(user, system, prevValue);
}

// binding.resourceUsage() answers getrusage(2)'s fields as an array, in this order.
const resourceUsageFields = ['userCPUTime', 'systemCPUTime', 'maxRSS', 'sharedMemorySize', 'unsharedDataSize',
  'unsharedStackSize', 'minorPageFault', 'majorPageFault', 'swappedOut', 'fsRead', 'fsWrite', 'ipcSent',
  'ipcReceived', 'signalsCount', 'voluntaryContextSwitches', 'involuntaryContextSwitches'];

function resourceUsage() {
  const raw = binding.resourceUsage();
  return Object.fromEntries(resourceUsageFields.map((field, index) => [field, raw[index]]));
}

function kill(pid, sig) {
  if (pid != (pid | 0)) throw new ERR_INVALID_ARG_TYPE('pid', 'number', pid);
  let signal;
  if (sig === (sig | 0)) {
    signal = sig;
  } else {
    sig = sig || 'SIGTERM';
    if (signals[sig] === undefined) throw new ERR_UNKNOWN_SIGNAL(sig);
    signal = signals[sig];
  }
  const err = process._kill(pid, signal);
  if (err) {
    const { errnoException } = require('internal/errors');
    throw errnoException(err, 'kill');
  }
  return true;
}

// Replaces the process image. Node aborts when execve(2) itself fails: the program cannot go on as if nothing
// happened, since the caller expected never to return.
function execve(execPath, args = [], env = process.env) {
  emitExperimentalWarning('process.execve');
  const { isMainThread } = require('worker_threads');
  if (!isMainThread) {
    const { codes: { ERR_WORKER_UNSUPPORTED_OPERATION } } = require('internal/errors');
    throw new ERR_WORKER_UNSUPPORTED_OPERATION('Calling process.execve');
  }
  validateString(execPath, 'execPath');
  validateArray(args, 'args');
  for (let i = 0; i < args.length; i++) {
    if (typeof args[i] !== 'string' || args[i].includes('\u0000')) {
      throw new ERR_INVALID_ARG_VALUE(`args[${i}]`, args[i], 'must be a string without null bytes');
    }
  }
  validateObject(env, 'env');
  const envPairs = [];
  for (const [key, value] of Object.entries(env)) {
    if (typeof value !== 'string' || key.includes('\u0000') || value.includes('\u0000')) {
      throw new ERR_INVALID_ARG_VALUE('env', env, 'must be an object with string keys and values without null bytes');
    }
    envPairs.push(`${key}=${value}`);
  }
  const errno = binding.execve(execPath, args, envPairs);
  const { uvErrmapGet } = require('internal/errors');
  const [code] = uvErrmapGet(-errno) || [`Unknown system error ${errno}`];
  const trace = new Error().stack.split('\n').slice(1).map((line, i) => `${i + 1}: ${line.trim().slice(3)}`);
  process._rawDebug(`process.execve failed with error code ${code}\n\n----- JavaScript stack trace -----\n\n` +
    `${trace.join('\n')}\n`);
  binding.abort();
}

// process.allowedNodeEnvironmentFlags: a read-only Set of Node's list. has() accepts the spellings NODE_OPTIONS
// accepts: underscores for dashes, a value after '=', and the leading dashes left out.
function createAllowedFlags() {
  // Node lists a few flags twice: size and forEach count them, the iterators do not.
  const flags = require('internal/process/env_flags');
  const known = new Set(flags);
  class NodeEnvironmentFlagsSet extends Set {
    add() {
      return this;
    }
    delete() {
      return false;
    }
    clear() {}
    has(flag) {
      if (typeof flag !== 'string') return false;
      flag = flag.replace(/_/g, '-');
      if (/^--?/.test(flag)) return known.has(flag.replace(/=.*$/, ''));
      return known.has(`-${flag}`) || known.has(`--${flag}`);
    }
    get size() {
      return flags.length;
    }
    entries() {
      return known.entries();
    }
    keys() {
      return known.keys();
    }
    values() {
      return known.values();
    }
    [Symbol.iterator]() {
      return known.values();
    }
    forEach(callback, thisArg = undefined) {
      for (const flag of flags) Reflect.apply(callback, thisArg, [flag, flag, this]);
    }
  }
  Object.freeze(NodeEnvironmentFlagsSet.prototype);
  return Object.freeze(new NodeEnvironmentFlagsSet());
}

// Requests in flight (fs calls), then handles (none yet: sockets belong to the network issue), then the
// ref'd timers and immediates, in Node's order.
function getActiveResourcesInfo() {
  const { activeRequests } = require('internal/process/active_requests');
  const { getTimerCounts } = require('internal/timers');
  const { timeoutCount, immediateCount } = getTimerCounts();
  return [
    ...Array.from(activeRequests, (request) => request.constructor.name),
    ...new Array(timeoutCount).fill('Timeout'),
    ...new Array(immediateCount).fill('Immediate'),
  ];
}

// The credential calls load their module on first use.
function credentialMethods(process) {
  const methods = () => require('internal/process/credentials');
  process.initgroups = function(user, extraGroup) {
    return methods().initgroups(user, extraGroup);
  };
  process.setgroups = function(groups) {
    return methods().setgroups(groups);
  };
  for (const name of ['setegid', 'seteuid', 'setgid', 'setuid']) {
    process[name] = function(id) {
      return methods()[name](id);
    };
  }
}

function umask(mask) {
  if (mask === undefined) return binding.umask(0, false);
  if (typeof mask === 'string') {
    if (!/^[0-7]+$/.test(mask)) {
      throw new ERR_INVALID_ARG_VALUE('mask', mask, 'must be a 32-bit unsigned integer or an octal string');
    }
    mask = parseInt(mask, 8);
  } else {
    validateInteger(mask, 'mask', 0, 0xffffffff);
  }
  return binding.umask(mask & 0o777, true);
}

// emitWarning(warning[, type[, code]][, ctor]) or emitWarning(warning, { type, code, detail, ctor }):
// both call shapes come down to these four settings.
function readWarningOptions(type, code, ctor) {
  const settings = { type, code, ctor, detail: undefined };
  if (typeof type === 'function') {
    Object.assign(settings, { type: 'Warning', code: undefined, ctor: type });
  } else if (type !== null && typeof type === 'object' && !Array.isArray(type)) {
    const { ctor: ctorOption, code: codeOption, detail, type: typeOption } = type;
    Object.assign(settings, {
      type: typeOption || 'Warning',
      code: codeOption,
      ctor: ctorOption,
      detail: typeof detail === 'string' ? detail : undefined,
    });
  }
  if (settings.type !== undefined) validateString(settings.type, 'type');
  if (typeof settings.code === 'function') {
    settings.ctor = settings.code;
    settings.code = undefined;
  } else if (settings.code !== undefined) {
    validateString(settings.code, 'code');
  }
  return settings;
}

// A string warning becomes an Error named after its type, its stack starting below `ctor`.
function warningFromText(text, { type, code, detail, ctor }) {
  const savedLimit = Error.stackTraceLimit;
  // The constructor's own stack is thrown away (captureStackTrace below makes the real one), so it is
  // skipped - unless deprecations are thrown, when Node keeps it.
  if (!process.throwDeprecation) Error.stackTraceLimit = 0;
  const warning = new Error(text);
  Error.stackTraceLimit = savedLimit;
  const fields = { name: String(type || 'Warning'), code, detail };
  for (const [field, fieldValue] of Object.entries(fields)) {
    if (fieldValue !== undefined) warning[field] = fieldValue;
  }
  Error.captureStackTrace(warning, ctor || process.emitWarning);
  return warning;
}

function emitWarning(warning, type, code, ctor) {
  const settings = readWarningOptions(type, code, ctor);
  if (typeof warning === 'string') {
    warning = warningFromText(warning, settings);
  } else if (!(warning instanceof Error)) {
    throw new ERR_INVALID_ARG_TYPE('warning', ['Error', 'string'], warning);
  }
  const deprecation = warning.name === 'DeprecationWarning';
  if (deprecation && process.noDeprecation) return;
  // --throw-deprecation throws a tick later, as Node does, so that earlier warnings are printed first.
  const deliver = deprecation && process.throwDeprecation ?
    () => { throw warning; } :
    () => process.emit('warning', warning);
  nextTick(deliver);
}

/** A warning delivered now rather than on the next tick, for one an error about to end the process would lose. */
function emitWarningSync(text, type, code) {
  process.emit('warning', warningFromText(text, readWarningOptions(type, code, emitWarningSync)));
}

const experimentalWarned = new Set();
function emitExperimentalWarning(feature) {
  if (experimentalWarned.has(feature)) return;
  experimentalWarned.add(feature);
  emitWarning(`${feature} is an experimental feature and might change at any time`, 'ExperimentalWarning');
}

// The default 'warning' listener: "(node:PID) [code] Name: message" on stderr, as Node prints it, with a
// one-time hint on how to see where warnings come from.
let traceHintShown = false;

function warningHeadline(warning, traced) {
  if (traced && warning.stack) return `${warning.stack}`;
  return typeof warning.toString === 'function' ? `${warning.toString()}` : Error.prototype.toString.call(warning);
}

function printWarning(warning) {
  if (process.noProcessWarnings) return;
  const deprecation = warning.name === 'DeprecationWarning';
  const traced = process.traceProcessWarnings || (deprecation && process.traceDeprecation);
  const lines = [`(node:${process.pid}) ${warning.code ? `[${warning.code}] ` : ''}${warningHeadline(warning, traced)}`];
  if (typeof warning.detail === 'string') lines.push(warning.detail);
  if (!traced && !traceHintShown) {
    traceHintShown = true;
    const command = require('path').basename(process.argv0 || 'node', '.exe');
    const flag = deprecation ? '--trace-deprecation' : '--trace-warnings';
    lines.push(`(Use \`${command} ${flag} ...\` to show where the warning was created)`);
  }
  // A worker's warnings are part of its stderr (worker.stderr in the parent, captured with stderr: true).
  if (internalBinding('worker').self() !== null) process.stderr.write(`${lines.join('\n')}\n`);
  else process._rawDebug(lines.join('\n'));
}

// A listener for a signal's name ('SIGINT') replaces the signal's default action while it is there.
function watchSignalListeners(process) {
  const deliver = (name) => process.emit(name, name, signals[name]);
  process.on('newListener', (event) => {
    // No process can catch these two: libuv refuses them, and the listener is not added.
    if (event === 'SIGKILL' || event === 'SIGSTOP') throw require('internal/errors').errnoException(-22, 'uv_signal_start');
    if (typeof event === 'string' && signals[event] !== undefined && process.listenerCount(event) === 0) {
      binding.watchSignal(event, true, deliver);
    }
  });
  process.on('removeListener', (event) => {
    if (typeof event === 'string' && signals[event] !== undefined && process.listenerCount(event) === 0) {
      binding.watchSignal(event, false, deliver);
    }
  });
}

function setup(process, { optionValues, isWorker, exit }) {
  const argv = Array.from(binding.argv());
  defineValue(process, 'version', NODE_VERSION);
  defineValue(process, 'versions', Object.freeze({
    node: NODE_VERSION.slice(1), acorn: '8.18.0', ada: '4.0.0', ares: '1.34.8', brotli: '1.2.0',
    cldr: '48.0', icu: '78.3', llhttp: '9.4.3', modules: '137', napi: '10', nghttp2: '1.70.0', openssl: '3.5.8',
    simdjson: '4.6.7', simdutf: '6.4.0', tz: '2026c', undici: '7.29.1', unicode: '17.0',
    uv: '1.52.1', v8: '13.6.233.17-node.53', zlib: '1.3.2.1-motley-8002e91', jnode: '0.1.0',
  }));
  defineValue(process, 'arch', 'x64');
  defineValue(process, 'platform', 'linux');
  defineValue(process, 'release', Object.freeze({
    name: 'node', lts: 'Krypton',
    sourceUrl: `https://nodejs.org/download/release/${NODE_VERSION}/node-${NODE_VERSION}.tar.gz`,
    headersUrl: `https://nodejs.org/download/release/${NODE_VERSION}/node-${NODE_VERSION}-headers.tar.gz`,
  }));
  defineValue(process, 'argv', argv);
  defineValue(process, 'execArgv', Array.from(binding.execArgv()));
  defineValue(process, 'env', createEnv());
  defineValue(process, 'execPath', argv[0]);
  defineValue(process, 'argv0', 'node', false);
  Object.defineProperty(process, 'pid', { value: binding.pid(), enumerable: true, configurable: true });
  Object.defineProperty(process, 'ppid', { get: () => binding.ppid(), enumerable: true, configurable: true });
  Object.defineProperty(process, 'title', {
    get: () => binding.getTitle(), set: (v) => binding.setTitle(`${v}`), enumerable: true, configurable: true,
  });
  defineValue(process, 'debugPort', 9229);
  defineValue(process, 'features', Object.freeze({
    inspector: false, debug: false, uv: true, ipv6: true, tls_alpn: true, tls_sni: true, tls_ocsp: true,
    tls: true, openssl_is_boringssl: false, cached_builtins: true,
    get require_module() {
      return require('internal/options').getOptionValue('--no-experimental-require-module') !== true;
    },
    quic: false,
    get typescript() {
      const { getOptionValue } = require('internal/options');
      if (getOptionValue('--experimental-transform-types')) return 'transform';
      return getOptionValue('--no-experimental-strip-types') ? false : 'strip';
    },
  }));
  defineValue(process, 'config', Object.freeze({
    target_defaults: {}, variables: { host_arch: 'x64', target_arch: 'x64', node_shared_openssl: false,
      node_use_openssl: true, v8_enable_i18n_support: 1, icu_small: false, node_module_version: 137,
      napi_build_version: '10', node_builtin_shareable_builtins: [], asan: 0, is_debug: 0,
      node_shared: false, node_use_amaro: false, v8_enable_inspector: 0 },
  }));
  let exitCode;
  Object.defineProperty(process, 'exitCode', {
    get: () => exitCode,
    set(code) {
      if (code !== null && code !== undefined) {
        let value = code;
        if (typeof code === 'string' && code !== '' && Number.isInteger(+code)) value = +code;
        validateInteger(value, 'code');
      }
      exitCode = code;
    },
    enumerable: true,
    configurable: false,
  });
  process._exiting = false;
  process.cwd = function cwd() {
    return binding.cwd();
  };
  process.chdir = function chdir(directory) {
    validateString(directory, 'directory');
    binding.chdir(directory);
  };
  process.umask = umask;
  process.hrtime = hrtime;
  process.uptime = function uptime() {
    return binding.uptime();
  };
  process.memoryUsage = memoryUsage;
  process.cpuUsage = cpuUsage;
  process.resourceUsage = resourceUsage;
  Object.defineProperty(process, 'report', {
    __proto__: null, enumerable: true, configurable: true,
    get: () => require('internal/process/report').report,
  });
  process.kill = kill;
  process.getuid = () => binding.getuid();
  process.geteuid = () => binding.geteuid();
  process.getgid = () => binding.getgid();
  process.getegid = () => binding.getegid();
  process.getgroups = () => Array.from(binding.getgroups());
  credentialMethods(process);
  process._kill = (pid, signal) => -binding.kill(pid | 0, signal | 0);
  process.threadCpuUsage = threadCpuUsage;
  process.execve = execve;
  process.nextTick = nextTick;
  process.emitWarning = emitWarning;
  process.exit = exit;
  process.reallyExit = (code) => binding.reallyExit(code | 0);
  process.abort = () => binding.abort();
  // The old way to read stdin (deprecated but still in Node): stdin, flowing.
  process.openStdin = function openStdin() {
    process.stdin.resume();
    return process.stdin;
  };
  process._rawDebug = (...args) => binding.writeString(2, `${require('internal/util/inspect').format(...args)}\n`);
  process.binding = (name) => {
    throw new ERR_JNODE_UNSUPPORTED(`process.binding('${name}')`);
  };
  process._linkedBinding = process.binding;
  process._getActiveHandles = () => [];
  process._getActiveRequests = () => Array.from(require('internal/process/active_requests').activeRequests);
  process.getActiveResourcesInfo = getActiveResourcesInfo;
  process.constrainedMemory = () => 0;
  process.availableMemory = () => require('os').freemem();
  Object.defineProperty(process, 'allowedNodeEnvironmentFlags', {
    get() {
      const value = createAllowedFlags();
      defineValue(process, 'allowedNodeEnvironmentFlags', value);
      return value;
    },
    set(value) {
      defineValue(process, 'allowedNodeEnvironmentFlags', value);
    },
    enumerable: true,
    configurable: true,
  });
  // Node defines these only when their option is given.
  if (optionValues['--no-deprecation'] === true || optionValues['--deprecation'] === false) process.noDeprecation = true;
  if (optionValues['--throw-deprecation'] === true) process.throwDeprecation = true;
  if (optionValues['--trace-deprecation'] === true) process.traceDeprecation = true;
  if (optionValues['--trace-warnings'] === true) process.traceProcessWarnings = true;
  if (optionValues['--no-warnings'] === true || optionValues['--warnings'] === false) process.noProcessWarnings = true;
  let captureCallback = null;
  process.setUncaughtExceptionCaptureCallback = (fn) => {
    if (fn !== null && typeof fn !== 'function') throw new ERR_INVALID_ARG_TYPE('fn', ['Function', 'null'], fn);
    captureCallback = fn;
  };
  process.hasUncaughtExceptionCaptureCallback = () => captureCallback !== null;
  process._uncaughtExceptionCaptureCallback = () => captureCallback;
  // Node's internal entry to uncaught-exception handling: true when a listener (or the capture callback) took it.
  process._fatalException = (err) =>
    require('internal/process/fatal').onUncaughtException(err, 'uncaughtException', null) === true;
  process.getBuiltinModule = (id) => {
    validateString(id, 'id');
    const { isBuiltin, requireBuiltin } = require('internal/bootstrap/builtins');
    const name = id.startsWith('node:') ? id.slice(5) : id;
    return isBuiltin(id) ? requireBuiltin(name) : undefined;
  };
  // Source maps' machinery (internal/source_map/source_map_cache) loads only once they are asked for.
  const { sourceMapsEnabled } = require('internal/source_map/prepare_stack_trace');
  Object.defineProperty(process, 'sourceMapsEnabled', {
    get: sourceMapsEnabled, enumerable: true, configurable: true,
  });
  process.setSourceMapsEnabled = function setSourceMapsEnabled(enabled) {
    validateBoolean(enabled, 'enabled');
    require('internal/source_map/source_map_cache').setSourceMapsSupport(enabled,
      { nodeModules: true, generatedCode: true });
  };
  if (optionValues['--enable-source-maps'] === true) process.setSourceMapsEnabled(true);
  process.emit = EventEmitter.prototype.emit;
  process.on('warning', printWarning);
  // Signals belong to the main thread: a worker's signal listeners are plain events (and must not take the
  // process-wide handler away from the main thread's).
  if (!isWorker) watchSignalListeners(process);
  if (optionValues['--title']) process.title = optionValues['--title'];
}

module.exports = { setup, emitWarning, emitWarningSync, emitExperimentalWarning };

'use strict';
// node:child_process. Every entry point works in three steps: sort the optional arguments it was given, turn
// file + args + options into a launch record (argv, environment block, working directory), then hand that
// record to the ChildProcess object or to the synchronous runner in internal/child_process. fork starts jnode
// itself with an IPC channel (internal/child_process/ipc).

const { Buffer } = require('buffer');
const { setTimeout, clearTimeout } = require('timers');
const { getValidatedPath } = require('internal/fs/utils');
const { isArrayBufferView } = require('internal/util/types');
const {
  codes: {
    ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE, ERR_OUT_OF_RANGE, ERR_CHILD_PROCESS_STDIO_MAXBUFFER,
    ERR_JNODE_UNSUPPORTED, ERR_CHILD_PROCESS_IPC_REQUIRED,
  },
  AbortError,
} = require('internal/errors');
const {
  isInt32, validateAbortSignal, validateBoolean, validateFunction, validateObject, validateOneOf, validateString,
} = require('internal/validators');
const internal = require('internal/child_process');
const { ChildProcess, getValidStdio, convertToValidSignal } = internal;

const DEFAULT_MAX_BUFFER = 1024 * 1024;
const DEFAULT_SHELL = '/bin/sh';

// ---------------------------------------------------------------------------------------------------------------
// Optional arguments. After the file come up to three optional values in a fixed order, args (an array), options
// (an object) and a callback; any of them may be left out, and whatever follows moves up into the free place.
// Values of the wrong kind are kept where they landed so that the caller's validation names them.

const ARGS = 0;
const OPTIONS = 1;
const CALLBACK = 2;

function sortOptionalArguments(values, acceptsCallback) {
  const sorted = { args: undefined, options: undefined, callback: undefined };
  let place = ARGS;
  for (const value of values) {
    if (place > CALLBACK) break;
    if (acceptsCallback && typeof value === 'function' && place < CALLBACK) {
      sorted.callback = value;
      break;
    }
    if (place === ARGS && value !== null && typeof value === 'object' && !Array.isArray(value)) {
      place = OPTIONS;
    }
    if (place === ARGS) sorted.args = value ?? undefined;
    else if (place === OPTIONS) sorted.options = value;
    else sorted.callback = value;
    place++;
  }
  return sorted;
}

// ---------------------------------------------------------------------------------------------------------------
// The launch record.

function rejectNullBytes(value, name) {
  if (typeof value === 'string' && value.includes('\u0000')) {
    throw new ERR_INVALID_ARG_VALUE(name, value, 'must be a string without null bytes');
  }
}

function checkNullFreeString(value, name) {
  validateString(value, name);
  rejectNullBytes(value, name);
}

function checkInt32(value, name) {
  if (!isInt32(value)) throw new ERR_INVALID_ARG_TYPE(name, 'int32', value);
}

function checkShell(value, name) {
  if (typeof value !== 'boolean' && typeof value !== 'string') {
    throw new ERR_INVALID_ARG_TYPE(name, ['boolean', 'string'], value);
  }
}

// Which spawn options are checked and how, in the order Node reports them; unset (null/undefined) ones pass.
const SPAWN_OPTION_CHECKS = [
  ['detached', validateBoolean],
  ['uid', checkInt32],
  ['gid', checkInt32],
  ['shell', checkShell],
  ['argv0', checkNullFreeString],
  ['windowsHide', validateBoolean],
  ['windowsVerbatimArguments', validateBoolean],
];

// posix_spawn cannot switch users; uid/gid equal to our own ask for nothing, so only those are accepted.
function rejectOtherUser({ uid, gid }) {
  if ((uid != null && uid !== process.getuid()) || (gid != null && gid !== process.getgid())) {
    throw new ERR_JNODE_UNSUPPORTED('child_process options uid/gid');
  }
}

let warnedShellWithArgs = false;

function warnShellWithArgs() {
  if (warnedShellWithArgs) return;
  warnedShellWithArgs = true;
  process.emitWarning('Passing args to a child process with shell option true can lead to security ' +
    'vulnerabilities, as the arguments are not escaped, only concatenated.', 'DeprecationWarning', 'DEP0190');
}

// The environment block the child gets: NAME=value for every enumerable key (inherited ones too) whose value is set.
function environmentBlock(env) {
  const block = [];
  for (const name in env) {
    const value = env[name];
    if (value === undefined) continue;
    const label = `options.env['${name}']`;
    rejectNullBytes(name, label);
    rejectNullBytes(value, label);
    block.push(`${name}=${value}`);
  }
  return block;
}

// Checks file, args and options and returns { launch, options }: launch is what a child is started from (file
// to run, argv with argv0 first, env block, cwd, stdio as given), options a plain copy of the caller's options.
function describeLaunch(file, args, givenOptions) {
  checkNullFreeString(file, 'file');
  if (file.length === 0) throw new ERR_INVALID_ARG_VALUE('file', file, 'cannot be empty');
  if (args !== undefined && !Array.isArray(args)) throw new ERR_INVALID_ARG_TYPE('args', 'object', args);
  const argv = args === undefined ? [] : [...args];
  argv.forEach((arg, index) => rejectNullBytes(arg, `args[${index}]`));
  if (givenOptions !== undefined) validateObject(givenOptions, 'options');
  const options = { __proto__: null, ...givenOptions };

  const cwd = options.cwd == null ? options.cwd : getValidatedPath(options.cwd, 'options.cwd');
  for (const [name, check] of SPAWN_OPTION_CHECKS) {
    if (options[name] != null) check(options[name], `options.${name}`);
  }
  rejectOtherUser(options);

  let program = file;
  if (options.shell) {
    rejectNullBytes(options.shell, 'options.shell');
    if (argv.length > 0) warnShellWithArgs();
    const commandLine = [file, ...argv].join(' ');
    program = typeof options.shell === 'string' ? options.shell : DEFAULT_SHELL;
    argv.splice(0, argv.length, '-c', commandLine);
  }
  argv.unshift(typeof options.argv0 === 'string' ? options.argv0 : program);

  const launch = {
    file: program,
    args: argv,
    envPairs: environmentBlock(options.env || process.env),
    cwd,
    detached: Boolean(options.detached),
    stdio: options.stdio,
    windowsHide: Boolean(options.windowsHide),
    windowsVerbatimArguments: Boolean(options.windowsVerbatimArguments),
    serialization: serializationOf(options.serialization),
  };
  return { launch, options };
}

function serializationOf(value) {
  validateOneOf(value, 'options.serialization', [undefined, 'json', 'advanced']);
  return value ?? 'json';
}

// ---------------------------------------------------------------------------------------------------------------
// Limits: how long a child may run, how much output is kept, and the signal that ends it. Each reader checks one
// option and returns its usable value.

const LIMIT_READERS = {
  timeout(value) {
    if (value != null && !(Number.isInteger(value) && value >= 0)) {
      throw new ERR_OUT_OF_RANGE('timeout', 'an unsigned integer', value);
    }
    return value;
  },
  maxBuffer(value) {
    if (value != null && !(typeof value === 'number' && value >= 0)) {
      throw new ERR_OUT_OF_RANGE('options.maxBuffer', 'a positive number', value);
    }
    return value;
  },
  killSignal(value) {
    if (value == null) return undefined;
    if (typeof value !== 'string' && typeof value !== 'number') {
      throw new ERR_INVALID_ARG_TYPE('options.killSignal', ['string', 'number'], value);
    }
    return convertToValidSignal(value);
  },
  signal(value) {
    validateAbortSignal(value, 'options.signal');
    return value;
  },
};

function readLimits(options, names) {
  const limits = {};
  for (const name of names) limits[name] = LIMIT_READERS[name](options[name]);
  return limits;
}

// ---------------------------------------------------------------------------------------------------------------
// spawn and spawnSync.

function spawn(file, args, options) {
  const sorted = sortOptionalArguments([args, options], false);
  return startChild(describeLaunch(file, sorted.args, sorted.options));
}

function startChild({ launch, options }) {
  const { timeout, killSignal, signal } = readLimits(options, ['timeout', 'signal', 'killSignal']);
  const child = new ChildProcess();
  child.spawn(launch);
  if (timeout > 0) killAfter(child, timeout, killSignal);
  if (signal) killOnAbort(child, signal, killSignal);
  return child;
}

// An aborted signal kills the child and reports an AbortError (with the signal's reason as cause).
function killOnAbort(child, signal, killSignal) {
  const onAbort = () => {
    try {
      if (child.kill(killSignal)) child.emit('error', new AbortError(undefined, { cause: signal.reason }));
    } catch (err) {
      child.emit('error', err);
    }
  };
  if (signal.aborted) {
    process.nextTick(onAbort);
    return;
  }
  signal.addEventListener('abort', onAbort, { once: true });
  child.once('exit', () => signal.removeEventListener('abort', onAbort));
}

function killAfter(child, timeout, killSignal) {
  const timer = setTimeout(() => {
    try {
      child.kill(killSignal);
    } catch (err) {
      child.emit('error', err);
    }
  }, timeout);
  child.once('exit', () => clearTimeout(timer));
}

const INPUT_TYPES = ['Buffer', 'TypedArray', 'DataView', 'string'];

// The stdio list of a synchronous run, with options.input placed on stdin and every input made bytes.
function syncStdio(options) {
  const stdio = getValidStdio(options.stdio || 'pipe', true);
  if (options.input) stdio[0] = { ...stdio[0], input: options.input };
  return stdio.map((entry, index) => {
    const { input } = entry;
    if (input == null || isArrayBufferView(input)) return entry;
    if (typeof input !== 'string') throw new ERR_INVALID_ARG_TYPE(`options.stdio[${index}]`, INPUT_TYPES, input);
    return { ...entry, input: Buffer.from(input, options.encoding) };
  });
}

function spawnSync(file, args, options) {
  const sorted = sortOptionalArguments([args, options], false);
  return runSync(describeLaunch(file, sorted.args, sorted.options));
}

function runSync({ launch, options }) {
  const limits = readLimits({ maxBuffer: DEFAULT_MAX_BUFFER, ...options }, ['timeout', 'maxBuffer', 'killSignal']);
  return internal.spawnSync({ ...launch, ...limits, stdio: syncStdio(options), encoding: options.encoding });
}

// ---------------------------------------------------------------------------------------------------------------
// execFile/exec: the caller's arguments as { file, args, options, callback }.

function execFileRequest(file, values, acceptsCallback) {
  const sorted = sortOptionalArguments(values, acceptsCallback);
  const args = sorted.args === undefined ? [] : sorted.args;
  if (sorted.options != null) validateObject(sorted.options, 'options');
  const options = sorted.options ?? {};
  if (sorted.callback != null) validateFunction(sorted.callback, 'callback');
  if (options.argv0 != null) checkNullFreeString(options.argv0, 'options.argv0');
  return { file, args, options, callback: sorted.callback };
}

// exec runs its command through a shell: the one named by options.shell, the default one otherwise.
function execRequest(command, values) {
  checkNullFreeString(command, 'command');
  const sorted = sortOptionalArguments([undefined, ...values], true);
  const options = { __proto__: null, ...sorted.options };
  options.shell = typeof options.shell === 'string' ? options.shell : true;
  return { file: command, options, callback: sorted.callback };
}

// ---------------------------------------------------------------------------------------------------------------
// execFileSync/execSync: one synchronous run whose failure is thrown.

function failedRunError(result, commandLine) {
  if (result.error) return Object.assign(result.error, result);
  if (result.status === 0) return null;
  const stderr = result.stderr && result.stderr.length > 0 ? `\n${result.stderr.toString()}` : '';
  return Object.assign(new Error(`Command failed: ${commandLine}${stderr}`), result);
}

// Without an explicit stdio, the child's stderr is collected and passed on to ours. commandLine() names the
// command in the error message; it is asked only once args are known to be an array.
function runToCompletion(file, args, options, commandLine) {
  const result = spawnSync(file, args, options);
  if (!options.stdio && result.stderr) process.stderr.write(result.stderr);
  const error = failedRunError(result, commandLine());
  if (error) throw error;
  return result.stdout;
}

function execFileSync(file, args, options) {
  const request = execFileRequest(file, [args, options], true);
  return runToCompletion(file, request.args, request.options,
    () => [request.options.argv0 || file, ...request.args].join(' '));
}

function execSync(command, options) {
  const request = execRequest(command, [options]);
  return runToCompletion(request.file, undefined, request.options, () => command);
}

// ---------------------------------------------------------------------------------------------------------------
// execFile: a child whose stdout and stderr are kept (up to maxBuffer bytes) and handed to one callback.

const EXEC_FILE_DEFAULTS = Object.freeze({
  encoding: 'utf8',
  timeout: 0,
  maxBuffer: DEFAULT_MAX_BUFFER,
  killSignal: 'SIGTERM',
  cwd: null,
  env: null,
  shell: false,
});

// What execFile keeps of one output: strings when an encoding is set (the stream decodes them), counted in
// bytes; the chunk that crosses the limit is cut at the limit (in characters, for strings).
class CappedOutput {
  constructor(encoding, limit) {
    this.encoding = encoding;
    this.limit = limit;
    this.pieces = [];
    this.bytes = 0;
  }

  // False once the limit is crossed. `encoding`: the stream's, also when the caller set it with setEncoding().
  take(chunk, encoding) {
    const size = typeof chunk === 'string' ? Buffer.byteLength(chunk, encoding) : chunk.length;
    const room = this.limit - this.bytes;
    this.bytes += size;
    const fits = !(this.bytes > this.limit);
    this.pieces.push(fits ? chunk : chunk.slice(0, room));
    return fits;
  }

  value() {
    return this.encoding || typeof this.pieces[0] === 'string' ? this.pieces.join('') : Buffer.concat(this.pieces);
  }
}

class BufferedExecution {
  constructor(commandLine, options, callback) {
    this.commandLine = commandLine;
    this.killSignal = options.killSignal;
    this.callback = callback;
    this.encoding = options.encoding !== 'buffer' && Buffer.isEncoding(options.encoding) ? options.encoding : null;
    this.outputs = [new CappedOutput(this.encoding, options.maxBuffer), new CappedOutput(this.encoding, options.maxBuffer)];
    this.failure = null;
    this.stoppedByUs = false;
    this.settled = false;
    this.timer = null;
    this.child = null;
  }

  watch(child, timeout) {
    this.child = child;
    ['stdout', 'stderr'].forEach((name, index) => {
      const stream = child[name];
      if (!stream) return;
      if (this.encoding) stream.setEncoding(this.encoding);
      stream.on('data', (chunk) => {
        if (this.outputs[index].take(chunk, stream.readableEncoding)) return;
        this.failure = new ERR_CHILD_PROCESS_STDIO_MAXBUFFER(name);
        this.stop();
      });
    });
    if (timeout > 0) this.timer = setTimeout(() => this.stop(), timeout);
    child.addListener('close', (code, signal) => this.settle(code, signal));
    child.addListener('error', (err) => {
      this.failure = err;
      this.settle();
    });
  }

  stop() {
    clearTimeout(this.timer);
    this.timer = null;
    this.child.stdout?.destroy();
    this.child.stderr?.destroy();
    this.stoppedByUs = true;
    try {
      this.child.kill(this.killSignal);
    } catch (err) {
      this.failure = err;
      this.settle();
    }
  }

  settle(code, signal) {
    if (this.settled) return;
    this.settled = true;
    if (this.timer) clearTimeout(this.timer);
    if (!this.callback) return;
    const [stdout, stderr] = this.outputs.map((output) => output.value());
    if (!this.failure && code === 0 && signal === null) {
      this.callback(null, stdout, stderr);
      return;
    }
    const error = this.failure ?? Object.assign(new Error(`Command failed: ${this.commandLine}\n${stderr}`), {
      code: code < 0 ? require('util').getSystemErrorName(code) : code,
      killed: this.child.killed || this.stoppedByUs,
      signal,
    });
    error.cmd = this.commandLine;
    this.callback(error, stdout, stderr);
  }
}

function execFile(file, args, options, callback) {
  const request = execFileRequest(file, [args, options, callback], true);
  const settings = { __proto__: null, ...EXEC_FILE_DEFAULTS, ...request.options };
  Object.assign(settings, readLimits(settings, ['timeout', 'maxBuffer', 'killSignal']));
  const child = spawn(file, request.args, {
    cwd: settings.cwd,
    env: settings.env,
    gid: settings.gid,
    shell: settings.shell,
    signal: settings.signal,
    uid: settings.uid,
    windowsHide: Boolean(settings.windowsHide),
    windowsVerbatimArguments: Boolean(settings.windowsVerbatimArguments),
  });
  const commandLine = [file, ...request.args].join(' ');
  new BufferedExecution(commandLine, settings, request.callback).watch(child, settings.timeout);
  return child;
}

function exec(command, options, callback) {
  const request = execRequest(command, [options, callback]);
  return module.exports.execFile(request.file, request.options, request.callback);
}

// util.promisify(exec/execFile) resolves { stdout, stderr }; a failure carries both too. The promise has the child.
// Argument errors are thrown, not turned into a rejection, as Node's promisified exec/execFile do.
function promisifyBuffered(run) {
  return function(...args) {
    const { promise, resolve, reject } = Promise.withResolvers();
    promise.child = run(...args, (error, stdout, stderr) => {
      if (error === null) {
        resolve({ stdout, stderr });
      } else {
        reject(Object.assign(error, { stdout, stderr }));
      }
    });
    return promise;
  };
}

for (const run of [exec, execFile]) {
  Object.defineProperty(run, Symbol.for('nodejs.util.promisify.custom'), {
    enumerable: false,
    value: promisifyBuffered(run),
  });
}

// A module run by a new jnode (execPath with execArgv) with an IPC channel: stdio shared with ours, or pipes when
// `silent`, plus 'ipc'.
function fork(modulePath, args, options) {
  modulePath = getValidatedPath(modulePath, 'modulePath');
  if (args == null) {
    args = [];
  } else if (typeof args === 'object' && !Array.isArray(args)) {
    options = args;
    args = [];
  } else if (!Array.isArray(args)) {
    throw new ERR_INVALID_ARG_TYPE('args', 'Array', args);
  }
  if (options != null) validateObject(options, 'options');
  options = { __proto__: null, ...options, shell: false };
  const execPath = options.execPath || process.execPath;
  const execArgv = options.execArgv || process.execArgv;
  if (typeof options.stdio === 'string') {
    if (!['ignore', 'pipe', 'inherit', 'overlapped'].includes(options.stdio)) {
      throw new ERR_INVALID_ARG_VALUE('stdio', options.stdio);
    }
    options.stdio = [options.stdio, options.stdio, options.stdio, 'ipc'];
  } else if (!Array.isArray(options.stdio)) {
    const each = options.silent ? 'pipe' : 'inherit';
    options.stdio = [each, each, each, 'ipc'];
  } else if (!options.stdio.includes('ipc')) {
    throw new ERR_CHILD_PROCESS_IPC_REQUIRED('options.stdio');
  }
  return spawn(execPath, [...execArgv, modulePath, ...args], options);
}

module.exports = {
  ChildProcess,
  exec,
  execFile,
  execFileSync,
  execSync,
  fork,
  spawn,
  spawnSync,
};

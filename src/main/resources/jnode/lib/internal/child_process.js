'use strict';
// The machinery under node:child_process: stdio normalisation, the ChildProcess object over the Java binding
// (internalBinding('child_process'), dev.jnode.childprocess) and the core of spawnSync.

const { bufferFromHost } = require('internal/buffer');
const EventEmitter = require('events');
const { Buffer } = require('buffer');
const { signals, errno: errnoNumbers } = require('internal/constants').os;
const { isArrayBufferView } = require('internal/util/types');
const {
  errnoException,
  codes: {
    ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE, ERR_UNKNOWN_SIGNAL, ERR_IPC_ONE_PIPE, ERR_IPC_SYNC_FORK,
    ERR_INVALID_SYNC_FORK_INPUT, ERR_JNODE_UNSUPPORTED,
  },
} = require('internal/errors');
const { validateArray, validateObject, validateString } = require('internal/validators');
const { bindToCurrentFrame } = require('internal/async_context_frame');

const binding = internalBinding('child_process');

// What the binding's stdio array holds besides a descriptor of ours to share.
const PIPE = -1;
const IGNORE = -2;

// libuv's error numbers are the negated errno values.
const uvError = (name) => -errnoNumbers[name];

// Failures to start that Node reports as an 'error' event on the next tick rather than throwing from spawn():
// the ones a caller can expect from a sound request (missing or forbidden program, no resources left).
const REPORTED_AS_ERROR_EVENT = new Set(['EACCES', 'EAGAIN', 'EMFILE', 'ENFILE', 'ENOENT'].map(uvError));

const UV_ESRCH = uvError('ESRCH');
const UV_EINVAL = uvError('EINVAL');
const UV_ENOSYS = uvError('ENOSYS');

// Several names share a number (SIGABRT/SIGIOT, SIGIO/SIGPOLL): the first listed is the one Node reports.
let signalNames;
function signalName(number) {
  if (signalNames === undefined) {
    signalNames = new Map();
    for (const [name, value] of Object.entries(signals)) {
      if (!signalNames.has(value)) signalNames.set(value, name);
    }
  }
  return signalNames.get(number);
}

function convertToValidSignal(signal) {
  if (typeof signal === 'number' && signalName(signal) !== undefined) return signal;
  if (typeof signal === 'string') {
    const number = signals[signal.toUpperCase()];
    if (number !== undefined) return number;
  }
  throw new ERR_UNKNOWN_SIGNAL(signal);
}

function stdioStringToArray(stdio, channel) {
  let options;
  switch (stdio) {
    case 'ignore':
    case 'overlapped':
    case 'pipe':
      options = [stdio, stdio, stdio];
      break;
    case 'inherit':
      options = [0, 1, 2];
      break;
    default:
      throw new ERR_INVALID_ARG_VALUE('stdio', stdio);
  }
  if (channel) options.push(channel);
  return options;
}

// Node's stdio option as a list of {type: 'pipe'|'ignore'|'inherit'|'fd', fd?, input?}.
function getValidStdio(stdio, sync) {
  if (typeof stdio === 'string') {
    stdio = stdioStringToArray(stdio);
  } else if (!Array.isArray(stdio)) {
    throw new ERR_INVALID_ARG_VALUE('stdio', stdio);
  }
  stdio = [...stdio];
  while (stdio.length < 3) stdio.push(undefined);
  const ipcCount = stdio.filter((entry) => entry === 'ipc').length;
  if (ipcCount > 0) {
    if (sync) throw new ERR_IPC_SYNC_FORK();
    if (ipcCount > 1) throw new ERR_IPC_ONE_PIPE();
  }
  const result = [];
  for (let i = 0; i < stdio.length; i++) {
    let entry = stdio[i];
    if (entry == null) entry = i < 3 ? 'pipe' : 'ignore';
    if (entry === 'ignore') {
      result.push({ type: 'ignore' });
    } else if (entry === 'pipe' || entry === 'overlapped' || (typeof entry === 'number' && entry < 0)) {
      result.push({ type: 'pipe', readable: i === 0, writable: i !== 0 });
    } else if (entry === 'ipc') {
      throw new ERR_JNODE_UNSUPPORTED("child_process stdio 'ipc'");
    } else if (entry === 'inherit') {
      result.push({ type: 'inherit', fd: i });
    } else if (typeof entry === 'number' || typeof entry?.fd === 'number') {
      result.push({ type: 'fd', fd: typeof entry === 'number' ? entry : entry.fd });
    } else if (isArrayBufferView(entry) || typeof entry === 'string') {
      if (!sync) throw new ERR_INVALID_SYNC_FORK_INPUT(require('internal/util/inspect').inspect(entry));
      result.push({ type: 'pipe', readable: true, writable: false, input: entry });
    } else if (entry !== null && typeof entry === 'object' && (entry._handle || entry.handle)) {
      throw new ERR_JNODE_UNSUPPORTED('child_process stdio streams');
    } else {
      throw new ERR_INVALID_ARG_VALUE('stdio', entry);
    }
  }
  return result;
}

function bindingStdio(stdio) {
  return stdio.map((s) => {
    switch (s.type) {
      case 'pipe': return PIPE;
      case 'ignore': return IGNORE;
      default: return s.fd;
    }
  });
}

function spawnError(errno, syscall, file, args) {
  const err = errnoException(errno, `${syscall} ${file}`);
  err.path = file;
  err.spawnargs = args.slice(1);
  Error.captureStackTrace(err, spawnError);
  return err;
}

// options: normalized (file, args with argv0 first, envPairs, cwd, stdio list, killSignal number, ...).
function spawnSync(options) {
  const stdin = options.stdio[0];
  const input = stdin?.type === 'pipe' ? stdin.input : undefined;
  const [started, pid, exitCode, signal, errno, output] = binding.spawnSync(
    options.file, argvStrings(options.args), options.envPairs, options.cwd ?? null, bindingStdio(options.stdio),
    options.detached, input ? input.buffer : null, input ? input.byteOffset : 0, input ? input.byteLength : 0,
    options.timeout ?? 0, options.killSignal ?? signals.SIGTERM, options.maxBuffer > 0 ? options.maxBuffer : Infinity);

  const result = {};
  if (errno !== 0) result.error = errno;
  result.status = started && signal < 0 ? exitCode : null;
  result.signal = signal > 0 ? signalName(signal) : null;
  result.output = started ? Array.from(output, (bytes) => (bytes === null ? null : bufferFromHost(bytes))) : null;
  result.pid = pid;
  if (result.output && options.encoding && options.encoding !== 'buffer') {
    result.output = result.output.map((b) => (b === null ? null : b.toString(options.encoding)));
  }
  result.stdout = result.output?.[1];
  result.stderr = result.output?.[2];
  if (result.error) result.error = spawnError(result.error, 'spawnSync', options.file, options.args);
  return result;
}

function checkLaunchRecord({ envPairs, file, args }) {
  if (envPairs !== undefined) validateArray(envPairs, 'options.envPairs');
  validateString(file, 'options.file');
  if (args !== undefined) validateArray(args, 'options.args');
}

// The child's argv as the OS takes it: every argument as a string (spawnargs keeps what the caller passed).
function argvStrings(args) {
  return args.map(String);
}

function maybeClose(child) {
  child._closesGot++;
  if (child._closesGot === child._closesNeeded) {
    child.emit('close', child.exitCode, child.signalCode);
  }
}


// As Node does after 'exit': an output nobody reads is drained, so that it ends and the child counts as closed.
function flushStdio(child) {
  for (let i = 1; i < child.stdio.length; i++) {
    const stream = child.stdio[i];
    if (stream && stream.readable && stream.readableFlowing === null && !stream.destroyed) stream.resume();
  }
}

class ChildProcess extends EventEmitter {
  constructor() {
    super();
    this._closesNeeded = 1;
    this._closesGot = 0;
    this.connected = false;
    this.signalCode = null;
    this.exitCode = null;
    this.killed = false;
    this.spawnfile = null;
    this._handle = null;
  }

  // options: a launch record ({ file, args with argv0 first, envPairs, cwd, detached, stdio }). The record is
  // checked before stdio is looked at, so that a bad record is reported even when its stdio is one we lack.
  spawn(options) {
    validateObject(options, 'options');
    checkLaunchRecord(options);
    const stdio = getValidStdio(options.stdio || 'pipe', false);
    this.spawnfile = options.file;
    this.spawnargs = options.args ?? [];
    const onEvent = bindToCurrentFrame((kind, exitCode, signal) => {
      // As libuv: a child ended by a signal has exit status 0 and the signal's name.
      if (kind === 'exit') this._handle?.onexit(signal > 0 ? 0 : exitCode, signal > 0 ? signalName(signal) : null);
    });
    const started = binding.spawn(options.file, argvStrings(this.spawnargs), options.envPairs ?? [],
      options.cwd ?? null, bindingStdio(stdio), !!options.detached, onEvent);
    const failed = typeof started === 'number';
    if (failed && !REPORTED_AS_ERROR_EVENT.has(started)) throw errnoException(started, 'spawn');

    this._handle = {
      process: failed ? null : started,
      onexit: (exitCode, signalCode) => this._onexit(exitCode, signalCode),
    };
    if (failed) {
      process.nextTick(() => this._handle.onexit(started, null));
    } else {
      this.pid = started.pid();
      process.nextTick(() => this.emit('spawn'));
    }
    // Each pipe is a net.Socket owning our end; the child counts as closed once they all closed too. A child
    // that failed to start still has its streams (without a descriptor), destroyed with the error.
    this.stdio = stdio.map((entry, i) => (entry.type === 'pipe' ? this._pipeSocket(failed ? null : started, i) : null));
    [this.stdin = null, this.stdout = null, this.stderr = null] = this.stdio;
  }

  _pipeSocket(started, index) {
    const { Socket } = require('internal/net/socket');
    const ends = { readable: index !== 0, writable: index === 0 };
    const socket = new Socket(started ? { fd: started.pipeFd(index), ...ends } : ends);
    this._closesNeeded++;
    socket.on('close', () => maybeClose(this));
    return socket;
  }

  _onexit(exitCode, signalCode) {
    if (signalCode) this.signalCode = signalCode;
    else this.exitCode = exitCode;
    this._handle = null;
    this.stdin?.destroy();
    flushStdio(this);
    if (exitCode < 0) {
      for (const stream of this.stdio) stream?.destroy();
      this.emit('error', spawnError(exitCode, 'spawn', this.spawnfile, this.spawnargs));
    } else {
      this.emit('exit', this.exitCode, this.signalCode);
    }
    maybeClose(this);
  }

  kill(sig) {
    const signal = sig === 0 ? sig : convertToValidSignal(sig === undefined ? 'SIGTERM' : sig);
    const handle = this._handle?.process;
    if (handle) {
      const err = handle.kill(signal);
      if (err === 0) {
        this.killed = true;
        return true;
      }
      if (err === UV_EINVAL || err === UV_ENOSYS) throw errnoException(err, 'kill');
      if (err !== UV_ESRCH) this.emit('error', errnoException(err, 'kill'));
    }
    return false;
  }

  ref() {
    this._handle?.process?.ref();
  }

  unref() {
    this._handle?.process?.unref();
  }

  [Symbol.dispose]() {
    if (!this.killed) this.kill();
  }
}

module.exports = {
  ChildProcess,
  getValidStdio,
  stdioStringToArray,
  spawnSync,
  convertToValidSignal,
  maybeClose,
};

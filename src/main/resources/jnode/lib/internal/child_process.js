'use strict';
// The machinery under node:child_process: stdio normalisation, the ChildProcess object over the Java binding
// (internalBinding('child_process'), dev.jnode.childprocess) and the core of spawnSync.

const { bufferFromHost } = require('internal/buffer');
const EventEmitter = require('events');
const { signals, errno: errnoNumbers } = require('internal/constants').os;
const { isArrayBufferView } = require('internal/util/types');
const {
  errnoException,
  codes: {
    ERR_INVALID_ARG_VALUE, ERR_UNKNOWN_SIGNAL, ERR_IPC_ONE_PIPE, ERR_IPC_SYNC_FORK,
    ERR_INVALID_SYNC_FORK_INPUT, ERR_JNODE_UNSUPPORTED,
  },
} = require('internal/errors');
const { validateArray, validateObject, validateString } = require('internal/validators');
const { bindToCurrentFrame } = require('internal/async_context_frame');

const binding = internalBinding('child_process');

// What the binding's stdio array holds besides a descriptor of ours to share.
const PIPE = -1;
const IGNORE = -2;
const IPC = -3;

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
  // -0 is signal 0 (a bare -0 would not pass to Java as an int).
  if (typeof signal === 'number' && signalName(signal) !== undefined) return signal | 0;
  if (typeof signal === 'string') {
    const number = signals[signal.toUpperCase()];
    if (number !== undefined) return number;
  }
  throw new ERR_UNKNOWN_SIGNAL(signal);
}

// The stdio option, named for all three standard descriptors at once.
const STDIO_SHORTHANDS = {
  __proto__: null,
  pipe: ['pipe', 'pipe', 'pipe'],
  overlapped: ['overlapped', 'overlapped', 'overlapped'],
  ignore: ['ignore', 'ignore', 'ignore'],
  inherit: [0, 1, 2],
};

const isPipeRequest = (entry) => entry === 'pipe' || entry === 'overlapped' || (typeof entry === 'number' && entry < 0);
const sharedDescriptor = (entry) => (typeof entry === 'number' ? entry : entry?.fd);
const isStreamObject = (entry) => entry !== null && typeof entry === 'object' && Boolean(entry._handle || entry.handle);

// What one stdio entry asks for, as a plan { type: 'pipe' | 'ignore' | 'fd', fd?, input? }. Each rule is
// [matches(entry), plan(entry, index, sync)]; the first rule that matches decides (or throws).
const STDIO_RULES = [
  [(entry) => entry === 'ignore', () => ({ type: 'ignore' })],
  [isPipeRequest, () => ({ type: 'pipe' })],
  [(entry) => entry === 'ipc', () => ({ type: 'ipc' })],
  [(entry) => entry === 'inherit', (entry, index) => ({ type: 'fd', fd: index })],
  [(entry) => typeof sharedDescriptor(entry) === 'number', (entry) => ({ type: 'fd', fd: sharedDescriptor(entry) })],
  [(entry) => typeof entry === 'string' || isArrayBufferView(entry), (entry, index, sync) => {
    if (!sync) throw new ERR_INVALID_SYNC_FORK_INPUT(require('internal/util/inspect').inspect(entry));
    return { type: 'pipe', input: entry };
  }],
  // A socket or pipe stream: the child gets its descriptor (say, another child's stdout as its stdin), and the
  // stream here stops reading it until resumed.
  [isStreamObject, (entry, index) => {
    const handle = entry._handle ?? entry.handle;
    if (typeof handle.fd !== 'function') throw new ERR_JNODE_UNSUPPORTED('This kind of stream as a stdio entry');
    if (typeof entry.pause === 'function' && entry._readableState) {
      entry.pause();
      entry._readableState.reading = false;
    }
    const stdio = index <= 2 && typeof handle.fdForChildStdio === 'function';
    if (!stdio) handle.readStop();
    return { type: 'fd', fd: stdio ? handle.fdForChildStdio() : handle.fd() };
  }],
];

// The stdio option as one plan per descriptor (at least the three standard ones; unset ones are pipes, unset
// extra ones are ignored).
function getValidStdio(stdio, sync) {
  const entries = typeof stdio === 'string' ? STDIO_SHORTHANDS[stdio] : stdio;
  if (!Array.isArray(entries)) throw new ERR_INVALID_ARG_VALUE('stdio', stdio);
  const ipcChannels = entries.filter((entry) => entry === 'ipc').length;
  if (ipcChannels > 0 && sync) throw new ERR_IPC_SYNC_FORK();
  if (ipcChannels > 1) throw new ERR_IPC_ONE_PIPE();
  const count = Math.max(entries.length, 3);
  return Array.from({ length: count }, (unused, index) => {
    const entry = entries[index] ?? (index < 3 ? 'pipe' : 'ignore');
    const rule = STDIO_RULES.find(([matches]) => matches(entry));
    if (!rule) throw new ERR_INVALID_ARG_VALUE('stdio', entry);
    return rule[1](entry, index, sync);
  });
}

const BINDING_SLOTS = { __proto__: null, pipe: PIPE, ignore: IGNORE, ipc: IPC };

function bindingStdio(plans) {
  return plans.map((plan) => BINDING_SLOTS[plan.type] ?? plan.fd);
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
    options.file, argvStrings(options.args), options.envPairs, options.cwd || null, bindingStdio(options.stdio),
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

function checkLaunchRecord({ file, args }) {
  validateString(file, 'options.file');
  if (args !== undefined) validateArray(args, 'options.args');
}

// An IPC channel is announced to the child through its environment, so Node checks envPairs as soon as the
// stdio asks for one: before telling that we have no IPC.
function checkIpcEnvironment({ stdio, envPairs }) {
  if (Array.isArray(stdio) && stdio.includes('ipc')) validateArray(envPairs, 'options.envPairs');
}

// The child's argv as the OS takes it: every argument as a string (spawnargs keeps what the caller passed).
function argvStrings(args) {
  return args.map(String);
}

// 'close' comes once the child exited and every pipe to it closed.
const kChannel = Symbol('kChannel');

function noteClosed(child) {
  child._closesGot++;
  if (child._closesGot === child._closesNeeded) child.emit('close', child.exitCode, child.signalCode);
}

function pipeSocket(child, started, index) {
  const { Socket } = require('internal/net/socket');
  const ends = { readable: index !== 0, writable: index === 0 || index > 2 }; // fd 3 and up go both ways
  const socket = new Socket(started ? { fd: started.pipeFd(index), ...ends } : ends);
  child._closesNeeded++;
  socket.on('close', () => noteClosed(child));
  return socket;
}

// As Node does after 'exit': an output nobody reads is drained, so that it ends and the child counts as closed.
function drainUnreadOutputs(child) {
  const unread = (stream) => stream?.readable && stream.readableFlowing === null && !stream.destroyed;
  child.stdio.slice(1).filter(unread).forEach((stream) => stream.resume());
}

// A new ChildProcess's own properties, in the key order inspecting one shows in Node. 'close' waits for one
// exit plus one close per pipe (_closesNeeded grows as pipes are made).
const FRESH_CHILD_STATE = Object.freeze({
  _closesNeeded: 1,
  _closesGot: 0,
  connected: false,
  signalCode: null,
  exitCode: null,
  killed: false,
  spawnfile: null,
  _handle: null,
});

class ChildProcess extends EventEmitter {
  constructor() {
    super();
    Object.assign(this, FRESH_CHILD_STATE);
  }

  // options: a launch record ({ file, args with argv0 first, envPairs, cwd, detached, stdio }).
  spawn(options) {
    validateObject(options, 'options');
    checkIpcEnvironment(options);
    const stdio = getValidStdio(options.stdio || 'pipe', false);
    checkLaunchRecord(options);
    this.spawnfile = options.file;
    this.spawnargs = options.args ?? [];
    const onEvent = bindToCurrentFrame((kind, exitCode, signal) => {
      // As libuv: a child ended by a signal has exit status 0 and the signal's name.
      if (kind === 'exit') this._handle?.onexit(signal > 0 ? 0 : exitCode, signal > 0 ? signalName(signal) : null);
    });
    // Without an IPC channel Node never looks at a non-array envPairs: the child starts with no environment.
    const envPairs = Array.isArray(options.envPairs) ? options.envPairs : [];
    // The child learns which descriptor is its IPC channel, and how messages are framed, from its environment.
    const ipcIndex = stdio.findIndex((plan) => plan.type === 'ipc');
    const serialization = options.serialization ?? 'json';
    if (ipcIndex !== -1) {
      envPairs.push(`NODE_CHANNEL_FD=${ipcIndex}`, `NODE_CHANNEL_SERIALIZATION_MODE=${serialization}`);
    }
    // An empty cwd means none, as in Node.
    const started = binding.spawn(options.file, argvStrings(this.spawnargs), envPairs, options.cwd || null,
      bindingStdio(stdio), !!options.detached, onEvent);
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
    this.stdio = stdio.map((entry, i) => (entry.type === 'pipe' ? pipeSocket(this, failed ? null : started, i) : null));
    [this.stdin = null, this.stdout = null, this.stderr = null] = this.stdio;
    if (ipcIndex !== -1 && !failed) {
      this._closesNeeded++;
      this[kChannel] = require('internal/child_process/ipc').setupChannel(this, started.pipeFd(ipcIndex),
        serialization, { onPeerEnd: () => noteClosed(this) });
    }
  }

  _onexit(exitCode, signalCode) {
    // The channel's end and the exit are seen by different threads: the end is reported first, as libuv
    // happens to (a child that exited shows disconnected in 'exit').
    if (this[kChannel]?.whenPeerGone(() => this._onexit(exitCode, signalCode))) return;
    if (signalCode) this.signalCode = signalCode;
    else this.exitCode = exitCode;
    this._handle = null;
    this.stdin?.destroy();
    drainUnreadOutputs(this);
    if (exitCode < 0) {
      for (const stream of this.stdio) stream?.destroy();
      this.emit('error', spawnError(exitCode, 'spawn', this.spawnfile, this.spawnargs));
    } else {
      this.emit('exit', this.exitCode, this.signalCode);
    }
    noteClosed(this);
  }

  kill(sig) {
    const signal = sig === 0 ? 0 : convertToValidSignal(sig === undefined ? 'SIGTERM' : sig);
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
  spawnSync,
  convertToValidSignal,
};

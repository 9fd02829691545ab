'use strict';
// node:child_process: spawn/exec/execFile and their *Sync forms over internal/child_process. fork (IPC) is not
// supported yet and says so.

const { Buffer } = require('buffer');
const { setTimeout, clearTimeout } = require('timers');
const { getValidatedPath } = require('internal/fs/utils');
const { isArrayBufferView } = require('internal/util/types');
const {
  codes: { ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE, ERR_OUT_OF_RANGE, ERR_CHILD_PROCESS_STDIO_MAXBUFFER },
} = require('internal/errors');
const {
  isInt32, validateArray, validateBoolean, validateFunction, validateObject, validateString,
} = require('internal/validators');
const internal = require('internal/child_process');
const { ChildProcess, getValidStdio, convertToValidSignal } = internal;
const { unsupportedFunctions } = require('internal/unsupported');

const MAX_BUFFER = 1024 * 1024;
let emittedDEP0190 = false;

function validateArgumentNullCheck(value, name) {
  if (typeof value === 'string' && value.includes('\u0000')) {
    throw new ERR_INVALID_ARG_VALUE(name, value, 'must be a string without null bytes');
  }
}

function validateTimeout(timeout) {
  if (timeout != null && !(Number.isInteger(timeout) && timeout >= 0)) {
    throw new ERR_OUT_OF_RANGE('timeout', 'an unsigned integer', timeout);
  }
}

function validateMaxBuffer(maxBuffer) {
  if (maxBuffer != null && !(typeof maxBuffer === 'number' && maxBuffer >= 0)) {
    throw new ERR_OUT_OF_RANGE('options.maxBuffer', 'a positive number', maxBuffer);
  }
}

function sanitizeKillSignal(killSignal) {
  if (typeof killSignal === 'string' || typeof killSignal === 'number') return convertToValidSignal(killSignal);
  if (killSignal != null) throw new ERR_INVALID_ARG_TYPE('options.killSignal', ['string', 'number'], killSignal);
  return undefined;
}

// file, args and options as Node normalizes them: the shell applied, argv0 first in args, env as NAME=value.
function normalizeSpawnArguments(file, args, options) {
  validateString(file, 'file');
  validateArgumentNullCheck(file, 'file');
  if (file.length === 0) throw new ERR_INVALID_ARG_VALUE('file', file, 'cannot be empty');
  if (Array.isArray(args)) {
    args = args.slice();
  } else if (args == null) {
    args = [];
  } else if (typeof args !== 'object') {
    throw new ERR_INVALID_ARG_TYPE('args', 'object', args);
  } else {
    options = args;
    args = [];
  }
  args.forEach((arg, i) => validateArgumentNullCheck(arg, `args[${i}]`));
  if (options === undefined) options = {};
  else validateObject(options, 'options');
  options = { __proto__: null, ...options };

  const cwd = options.cwd != null ? getValidatedPath(options.cwd, 'options.cwd') : options.cwd;
  if (options.detached != null) validateBoolean(options.detached, 'options.detached');
  if (options.uid != null && !isInt32(options.uid)) {
    throw new ERR_INVALID_ARG_TYPE('options.uid', 'int32', options.uid);
  }
  if (options.gid != null && !isInt32(options.gid)) {
    throw new ERR_INVALID_ARG_TYPE('options.gid', 'int32', options.gid);
  }
  if (options.shell != null && typeof options.shell !== 'boolean' && typeof options.shell !== 'string') {
    throw new ERR_INVALID_ARG_TYPE('options.shell', ['boolean', 'string'], options.shell);
  }
  if (options.argv0 != null) {
    validateString(options.argv0, 'options.argv0');
    validateArgumentNullCheck(options.argv0, 'options.argv0');
  }
  if (options.windowsHide != null) validateBoolean(options.windowsHide, 'options.windowsHide');
  if (options.windowsVerbatimArguments != null) {
    validateBoolean(options.windowsVerbatimArguments, 'options.windowsVerbatimArguments');
  }
  rejectOtherUser(options);

  if (options.shell) {
    validateArgumentNullCheck(options.shell, 'options.shell');
    if (args.length > 0 && !emittedDEP0190) {
      emittedDEP0190 = true;
      process.emitWarning('Passing args to a child process with shell option true can lead to security ' +
        'vulnerabilities, as the arguments are not escaped, only concatenated.', 'DeprecationWarning', 'DEP0190');
    }
    const command = [file, ...args].join(' ');
    file = typeof options.shell === 'string' ? options.shell : '/bin/sh';
    args = ['-c', command];
  }
  args.unshift(typeof options.argv0 === 'string' ? options.argv0 : file);

  const env = options.env || process.env;
  const envPairs = [];
  for (const key in env) {
    const value = env[key];
    if (value !== undefined) {
      validateArgumentNullCheck(key, `options.env['${key}']`);
      validateArgumentNullCheck(value, `options.env['${key}']`);
      envPairs.push(`${key}=${value}`);
    }
  }
  return {
    __proto__: null,
    ...options,
    args,
    cwd,
    detached: !!options.detached,
    envPairs,
    file,
    windowsHide: !!options.windowsHide,
    windowsVerbatimArguments: !!options.windowsVerbatimArguments,
  };
}

// posix_spawn cannot switch users; running as ourselves is what uid/gid equal to ours asks for.
function rejectOtherUser(options) {
  if ((options.uid != null && options.uid !== process.getuid()) ||
      (options.gid != null && options.gid !== process.getgid())) {
    const { codes: { ERR_JNODE_UNSUPPORTED } } = require('internal/errors');
    throw new ERR_JNODE_UNSUPPORTED('child_process options uid/gid');
  }
}

function spawn(file, args, options) {
  options = normalizeSpawnArguments(file, args, options);
  validateTimeout(options.timeout);
  if (options.signal !== undefined) {
    const { codes: { ERR_JNODE_UNSUPPORTED } } = require('internal/errors');
    throw new ERR_JNODE_UNSUPPORTED('child_process option signal (AbortSignal)');
  }
  const killSignal = sanitizeKillSignal(options.killSignal);
  const child = new ChildProcess();
  child.spawn(options);
  if (options.timeout > 0) {
    let timer = setTimeout(() => {
      timer = null;
      try {
        child.kill(killSignal);
      } catch (err) {
        child.emit('error', err);
      }
    }, options.timeout);
    child.once('exit', () => {
      if (timer) clearTimeout(timer);
      timer = null;
    });
  }
  return child;
}

function spawnSync(file, args, options) {
  options = { __proto__: null, maxBuffer: MAX_BUFFER, ...normalizeSpawnArguments(file, args, options) };
  validateTimeout(options.timeout);
  validateMaxBuffer(options.maxBuffer);
  options.killSignal = sanitizeKillSignal(options.killSignal);
  options.stdio = getValidStdio(options.stdio || 'pipe', true);
  if (options.input) options.stdio[0] = { ...options.stdio[0], input: options.input };
  for (let i = 0; i < options.stdio.length; i++) {
    const input = options.stdio[i].input;
    if (input == null) continue;
    if (typeof input === 'string') {
      options.stdio[i] = { ...options.stdio[i], input: Buffer.from(input, options.encoding) };
    } else if (!isArrayBufferView(input)) {
      throw new ERR_INVALID_ARG_TYPE(`options.stdio[${i}]`, ['Buffer', 'TypedArray', 'DataView', 'string'], input);
    }
  }
  return internal.spawnSync(options);
}

function normalizeExecFileArgs(file, args, options, callback) {
  if (Array.isArray(args)) {
    args = args.slice();
  } else if (args != null && typeof args === 'object') {
    callback = options;
    options = args;
    args = null;
  } else if (typeof args === 'function') {
    callback = args;
    options = null;
    args = null;
  }
  if (args == null) args = [];
  if (typeof options === 'function') callback = options;
  else if (options != null) validateObject(options, 'options');
  if (options == null) options = {};
  if (callback != null) validateFunction(callback, 'callback');
  if (options.argv0 != null) {
    validateString(options.argv0, 'options.argv0');
    validateArgumentNullCheck(options.argv0, 'options.argv0');
  }
  return { file, args, options, callback };
}

function normalizeExecArgs(command, options, callback) {
  validateString(command, 'command');
  validateArgumentNullCheck(command, 'command');
  if (typeof options === 'function') {
    callback = options;
    options = undefined;
  }
  options = { __proto__: null, ...options };
  options.shell = typeof options.shell === 'string' ? options.shell : true;
  return { file: command, options, callback };
}

function commandFailed(message, props) {
  return Object.assign(new Error(message), props);
}

function checkExecSyncError(ret, args, cmd) {
  if (ret.error) return Object.assign(ret.error, ret);
  if (ret.status !== 0) {
    let message = `Command failed: ${cmd || args.join(' ')}`;
    if (ret.stderr && ret.stderr.length > 0) message += `\n${ret.stderr.toString()}`;
    return commandFailed(message, ret);
  }
  return undefined;
}

function execFileSync(file, args, options) {
  ({ file, args, options } = normalizeExecFileArgs(file, args, options));
  const inheritStderr = !options.stdio;
  const ret = spawnSync(file, args, options);
  if (inheritStderr && ret.stderr) process.stderr.write(ret.stderr);
  const err = checkExecSyncError(ret, [options.argv0 || file, ...args]);
  if (err) throw err;
  return ret.stdout;
}

function execSync(command, options) {
  const opts = normalizeExecArgs(command, options, null);
  const inheritStderr = !opts.options.stdio;
  const ret = spawnSync(opts.file, opts.options);
  if (inheritStderr && ret.stderr) process.stderr.write(ret.stderr);
  const err = checkExecSyncError(ret, undefined, command);
  if (err) throw err;
  return ret.stdout;
}

// Output of one stdout/stderr pipe, kept up to maxBuffer bytes and decoded at the end.
// What execFile keeps of an output: strings once an encoding is set (as the stream decodes them), counted in
// bytes against maxBuffer; the chunk that crosses the limit is cut at the limit, in characters for strings.
class OutputCollector {
  constructor(encoding) {
    this.encoding = encoding;
    this.chunks = [];
    this.length = 0;
  }

  // Returns false when maxBuffer was exceeded.
  add(chunk, maxBuffer) {
    const length = typeof chunk === 'string' ? Buffer.byteLength(chunk, this.encoding) : chunk.length;
    this.length += length;
    if (this.length > maxBuffer) {
      const kept = maxBuffer - (this.length - length);
      this.chunks.push(chunk.slice(0, kept));
      return false;
    }
    this.chunks.push(chunk);
    return true;
  }

  result() {
    return this.encoding ? this.chunks.join('') : Buffer.concat(this.chunks);
  }
}

function execFile(file, args, options, callback) {
  ({ file, args, options, callback } = normalizeExecFileArgs(file, args, options, callback));
  options = {
    __proto__: null,
    encoding: 'utf8',
    timeout: 0,
    maxBuffer: MAX_BUFFER,
    killSignal: 'SIGTERM',
    cwd: null,
    env: null,
    shell: false,
    ...options,
  };
  validateTimeout(options.timeout);
  validateMaxBuffer(options.maxBuffer);
  options.killSignal = sanitizeKillSignal(options.killSignal);

  const encoding = options.encoding !== 'buffer' && Buffer.isEncoding(options.encoding) ? options.encoding : null;
  const outputs = { 1: new OutputCollector(encoding), 2: new OutputCollector(encoding) };
  let ex = null;
  let killed = false;
  let exited = false;
  let timer = null;
  let child;

  child = spawn(file, args, {
    cwd: options.cwd,
    env: options.env,
    gid: options.gid,
    shell: options.shell,
    uid: options.uid,
    windowsHide: !!options.windowsHide,
    windowsVerbatimArguments: !!options.windowsVerbatimArguments,
  });
  for (const index of [1, 2]) {
    if (encoding) child.stdio[index]?.setEncoding(encoding);
    child.stdio[index]?.on('data', (chunk) => {
      if (!outputs[index].add(chunk, options.maxBuffer)) {
        ex = new ERR_CHILD_PROCESS_STDIO_MAXBUFFER(index === 1 ? 'stdout' : 'stderr');
        kill();
      }
    });
  }

  function exithandler(code, signal) {
    if (exited) return;
    exited = true;
    if (timer) {
      clearTimeout(timer);
      timer = null;
    }
    if (!callback) return;
    const stdout = outputs[1].result();
    const stderr = outputs[2].result();
    if (!ex && code === 0 && signal === null) {
      callback(null, stdout, stderr);
      return;
    }
    let cmd = file;
    if (args?.length) cmd += ` ${args.join(' ')}`;
    if (!ex) {
      ex = commandFailed(`Command failed: ${cmd}\n${stderr}`, {
        code: code < 0 ? require('util').getSystemErrorName(code) : code,
        killed: child.killed || killed,
        signal,
      });
    }
    ex.cmd = cmd;
    callback(ex, stdout, stderr);
  }

  function kill() {
    child.stdout?.destroy();
    child.stderr?.destroy();
    killed = true;
    try {
      child.kill(options.killSignal);
    } catch (e) {
      ex = e;
      exithandler();
    }
  }

  if (options.timeout > 0) {
    timer = setTimeout(() => {
      timer = null;
      kill();
    }, options.timeout);
  }
  child.addListener('close', exithandler);
  child.addListener('error', (e) => {
    ex = e;
    exithandler();
  });
  return child;
}

function exec(command, options, callback) {
  const opts = normalizeExecArgs(command, options, callback);
  return module.exports.execFile(opts.file, opts.options, opts.callback);
}

// util.promisify(exec/execFile) resolves {stdout, stderr}; a failure carries them too.
function promisifiedExec(original) {
  return (...args) => {
    let child;
    const promise = new Promise((resolve, reject) => {
      child = original(...args, (err, stdout, stderr) => {
        if (err !== null) {
          err.stdout = stdout;
          err.stderr = stderr;
          reject(err);
        } else {
          resolve({ stdout, stderr });
        }
      });
    });
    promise.child = child;
    return promise;
  };
}

const customPromisify = Symbol.for('nodejs.util.promisify.custom');
for (const fn of [exec, execFile]) {
  Object.defineProperty(fn, customPromisify, { enumerable: false, value: promisifiedExec(fn) });
}

const { fork } = unsupportedFunctions('child_process', ['fork']);

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

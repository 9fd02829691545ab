'use strict';
// The Worker class: the parent's side of a worker thread (dev.jnode.worker.WorkerHandle). Two channels join
// them: the public one (worker.postMessage <-> parentPort) and a control one that carries the start-up data, the
// worker's stdio and its uncaught error. 'exit' comes after everything the worker sent.

const EventEmitter = require('events');
const path = require('path');
const { Readable, Writable } = require('stream');
const binding = internalBinding('worker');
const { portOf, MessagePort } = require('internal/worker/io');
const { validateArray, validateString } = require('internal/validators');
const { codes: { ERR_INVALID_ARG_TYPE, ERR_WORKER_PATH, ERR_JNODE_UNSUPPORTED, ERR_INVALID_ARG_VALUE,
  ERR_WORKER_INVALID_EXEC_ARGV } } = require('internal/errors');

const SHARE_ENV = Symbol.for('nodejs.worker_threads.SHARE_ENV');
const kHandle = Symbol('kHandle');
const kPort = Symbol('kPort');
const kControl = Symbol('kControl');
const kError = Symbol('kError');
const kExitCode = Symbol('kExitCode');
const kExited = Symbol('kExited');
const kName = Symbol('kName');
const kResourceLimits = Symbol('kResourceLimits');
/** Option of jnode's own threads (module.register()'s hooks thread): the internal module the worker runs. */
const kInternalEntry = Symbol('kInternalEntry');
const resourceLimitNames = ['maxYoungGenerationSizeMb', 'maxOldGenerationSizeMb', 'codeRangeSizeMb', 'stackSizeMb'];

// The limits as Node reports them before the worker runs: those given, -1 for the engine's defaults (4 MB of
// stack). jnode accepts them but enforces none (the JVM's heap is the process's); what is not a number is
// ignored, as Node ignores it.
function resourceLimitsOf(limits) {
  const known = { maxYoungGenerationSizeMb: -1, maxOldGenerationSizeMb: -1, codeRangeSizeMb: -1, stackSizeMb: 4 };
  if (typeof limits !== 'object' || limits === null) return known;
  for (const name of resourceLimitNames) {
    if (typeof limits[name] === 'number') known[name] = limits[name];
  }
  return known;
}

// Options a worker cannot take: unknown ones, those that belong to the whole process, and those missing their
// argument; in the worker's NODE_OPTIONS, the first that is unknown or process-wide.
function validateWorkerOptions(execArgv, env) {
  const processWide = require('internal/worker/process_options');
  const { optionKind } = internalBinding('process');
  const refused = (name) => name !== '--expose-internals' &&
    (!process.allowedNodeEnvironmentFlags.has(name) || processWide.has(name) || optionKind(name) === null);
  const args = (execArgv ?? []).map(String);
  const invalid = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (!arg.startsWith('-')) continue;
    const name = arg.split('=')[0];
    if (refused(name)) {
      invalid.push(arg);
    } else if (optionKind(name) !== 'flag' && !arg.includes('=')) {
      if (i + 1 < args.length) i++;
      else invalid.push(`${arg} requires an argument`);
    }
  }
  if (invalid.length > 0) throw new ERR_WORKER_INVALID_EXEC_ARGV(invalid);
  const nodeOptions = typeof env?.NODE_OPTIONS === 'string' ? env.NODE_OPTIONS.split(/\s+/).filter(Boolean) : [];
  for (const option of nodeOptions) {
    if (!option.startsWith('-')) continue;
    const name = option.split('=')[0];
    if (refused(name)) {
      throw new ERR_WORKER_INVALID_EXEC_ARGV([`${name}${option.includes('=') ? '=' : ''} is not allowed in NODE_OPTIONS`],
        'invalid NODE_OPTIONS env variable');
    }
  }
}

let fileURLToPath;
/** setEnvironmentData's values: a new worker starts with a copy of its parent's. */
const environmentData = new Map();

// What the worker runs: [mode, entry, input type, the name its process.argv shows].
function entryOf(filename, options) {
  if (options[kInternalEntry]) return ['INTERNAL', options[kInternalEntry], null, filename];
  if (options.eval) {
    if (typeof filename !== 'string') {
      throw new ERR_INVALID_ARG_VALUE('options.eval', options.eval, 'must be false when \'filename\' is not a string');
    }
    return ['EVAL', filename, null, '[worker eval]'];
  }
  if (filename instanceof URL || (typeof filename === 'object' && filename !== null && filename.href !== undefined)) {
    const url = new URL(filename.href ?? `${filename}`);
    // A data: URL is an ES module, loaded as an import would load it (GraalJS parses it as a java.net.URI, which
    // refuses some characters the URL standard leaves alone).
    if (url.protocol === 'data:') {
      const href = url.href.replace(/[ {}"<>\\^`|]/g, (ch) => encodeURIComponent(ch));
      return ['EVAL', `import ${JSON.stringify(href)};`, 'module', '[worker eval]'];
    }
    fileURLToPath ??= require('internal/url').fileURLToPath;
    const file = fileURLToPath(url);
    return ['FILE', file, null, file];
  }
  if (typeof filename !== 'string') {
    throw new ERR_INVALID_ARG_TYPE('filename', ['string', 'URL'], filename);
  }
  if (!path.isAbsolute(filename) && !/^\.\.?[\\/]/.test(filename)) {
    throw new ERR_WORKER_PATH(filename);
  }
  const file = path.resolve(filename);
  return ['FILE', file, null, file];
}

// A chunk that arrives as a Uint8Array, as a Buffer over the same bytes.
function asBuffer(chunk) {
  return Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
}

class Worker extends EventEmitter {
  constructor(filename, options = {}) {
    super();
    // Node takes anything as options (a string gives no option at all).
    options = typeof options === 'object' && options !== null ? options : {};
    const [mode, entry, inputType, argvName] = entryOf(filename, options);
    if (options.argv !== undefined) validateArray(options.argv, 'options.argv');
    if (options.execArgv !== undefined) validateArray(options.execArgv, 'options.execArgv');
    const argv = [process.execPath, argvName, ...(options.argv ?? []).map(String)];
    const execArgv = options.execArgv ?? process.execArgv;
    let env;
    if (options.env === SHARE_ENV) {
      throw new ERR_JNODE_UNSUPPORTED('new Worker() with env: SHARE_ENV');
    } else if (options.env === undefined || options.env === null) {
      env = { ...process.env };
    } else if (typeof options.env === 'object') {
      env = { ...options.env };
    } else {
      throw new ERR_INVALID_ARG_TYPE('options.env', ['object', 'undefined', 'null', 'worker_threads.SHARE_ENV'],
        options.env);
    }

    validateWorkerOptions(options.execArgv, env);
    const [parentPublic, childPublic] = binding.messageChannel();
    const [parentControl, childControl] = binding.messageChannel();
    if (options.name !== undefined) validateString(options.name, 'options.name');
    this[kName] = options.name || 'WorkerThread';
    this[kHandle] = binding.createWorker(mode, entry, inputType, argv, execArgv, options.execArgv?.map(String) ?? null,
      this[kName], childPublic, childControl);
    this[kResourceLimits] = resourceLimitsOf(options.resourceLimits);
    this[kExitCode] = null;
    this[kExited] = null;
    this[kError] = undefined;

    this[kPort] = portOf(parentPublic);
    this[kPort].on('message', (value) => this.emit('message', value));
    this[kPort].on('messageerror', (error) => this.emit('messageerror', error));
    // The thread, not its ports, keeps this process alive (worker.unref() lets it go).
    this[kPort].unref();
    this[kControl] = portOf(parentControl);
    this[kControl].on('message', (message) => this.#onControl(message));
    this[kControl].unref();

    this.stdout = new Readable({ read() {} });
    this.stderr = new Readable({ read() {} });
    if (!options.stdout) this.stdout.pipe(process.stdout, { end: false });
    if (!options.stderr) this.stderr.pipe(process.stderr, { end: false });
    this.stdin = null;
    if (options.stdin) {
      const control = this[kControl];
      this.stdin = new Writable({
        write(chunk, encoding, callback) {
          control.postMessage({ stdin: chunk });
          callback();
        },
        final(callback) {
          control.postMessage({ stdinEnd: true });
          callback();
        },
      });
    }

    const init = {
      workerData: options.workerData,
      environmentData,
      env,
      stdin: Boolean(options.stdin),
      resourceLimits: this[kResourceLimits],
    };
    // Node reads options.transferList as an array-like when it is truthy: a number or a plain object moves
    // nothing, a string's characters are refused as transferables.
    const transferList = options.transferList ? Array.prototype.slice.call(Object(options.transferList)) : undefined;
    this[kControl].postMessage({ init }, transferList);
    this[kHandle].start((code) => this.#onExit(code));
    process.emit('worker', this);
  }

  #onControl(message) {
    if (message.online) {
      this.emit('online');
    } else if (message.stdout !== undefined) {
      this.stdout.push(asBuffer(message.stdout));
    } else if (message.stderr !== undefined) {
      this.stderr.push(asBuffer(message.stderr));
    } else if ('error' in message) {
      const { error, errorProperties } = message;
      if (errorProperties !== undefined && error !== null && typeof error === 'object') {
        for (const [key, value, enumerable] of errorProperties) {
          if (!Object.hasOwn(error, key)) {
            Object.defineProperty(error, key, { value, enumerable, writable: true, configurable: true });
          }
        }
      }
      this[kError] = { error };
    }
  }

  #onExit(code) {
    this[kExitCode] = code;
    this.stdout.push(null);
    this.stderr.push(null);
    this[kPort].close();
    this[kControl].close();
    // Whatever the worker threw, undefined too.
    if (this[kError] !== undefined) this.emit('error', this[kError].error);
    this.emit('exit', code);
    this[kExited]?.resolve(code);
  }

  get threadId() {
    return this[kExitCode] === null ? this[kHandle].threadId() : -1;
  }

  get threadName() {
    return this[kExitCode] === null ? this[kName] : null;
  }

  get resourceLimits() {
    return this[kExitCode] === null ? { ...this[kResourceLimits] } : {};
  }

  postMessage(value, transferList = undefined) {
    if (this[kExitCode] !== null) return;
    this[kPort].postMessage(value, transferList);
  }

  terminate(callback) {
    if (typeof callback === 'function') {
      process.emitWarning('Passing a callback to worker.terminate() is deprecated. It returns a Promise instead.',
        'DeprecationWarning', 'DEP0132');
      this.once('exit', (code) => process.nextTick(callback, null, code));
    }
    if (this[kExitCode] !== null) return Promise.resolve(undefined);
    this[kExited] ??= Promise.withResolvers();
    this[kHandle].terminate();
    return this[kExited].promise;
  }

  // `await using worker = new Worker(...)` terminates the worker when the scope ends; the result is undefined.
  async [Symbol.asyncDispose]() {
    await this.terminate();
  }

  ref() {
    this[kHandle].ref();
  }

  unref() {
    this[kHandle].unref();
  }

  getHeapSnapshot() {
    return Promise.reject(new ERR_JNODE_UNSUPPORTED('worker.getHeapSnapshot()'));
  }
}

module.exports = { Worker, SHARE_ENV, MessagePort, environmentData, kInternalEntry };

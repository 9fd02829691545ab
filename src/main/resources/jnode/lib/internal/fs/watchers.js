'use strict';
// fs.watch (FSWatcher over the binding's inotify handle), fs/promises' watch (an async iterator of the same
// events) and fs.watchFile/unwatchFile (StatWatcher: stat polling on a timer).

const EventEmitter = require('events');
const pathModule = require('path');
const { getValidatedPath, getOptions, toStats, binding, callAsync } = require('internal/fs/utils');
const {
  codes: { ERR_INVALID_ARG_VALUE },
  uvException,
  AbortError,
} = require('internal/errors');
const { validateBoolean, validateAbortSignal, validateFunction, validateInteger } = require('internal/validators');

const kHandle = Symbol('kHandle');

function encodeName(filename, encoding) {
  if (encoding === 'buffer') return Buffer.from(filename);
  if (encoding === 'utf8' || encoding === 'utf-8' || !encoding) return filename;
  return Buffer.from(filename).toString(encoding);
}

function watchOptions(options) {
  const opts = { persistent: true, recursive: false, encoding: 'utf8', signal: undefined, ...getOptions(options, {}) };
  validateBoolean(opts.recursive, 'options.recursive');
  if (opts.signal !== undefined) validateAbortSignal(opts.signal, 'options.signal');
  if (opts.encoding !== 'buffer' && !Buffer.isEncoding(opts.encoding)) {
    throw new ERR_INVALID_ARG_VALUE('encoding', opts.encoding, 'is invalid encoding');
  }
  return opts;
}

// Node's watch error: a libuv error whose keys come in the order errno, syscall, code, path, filename.
function watchError(errno, path) {
  const err = uvException(errno, 'watch', path);
  const { code } = err;
  delete err.code;
  delete err.path;
  return Object.assign(err, { code, path, filename: path });
}

class FSWatcher extends EventEmitter {
  constructor() {
    super();
    this[kHandle] = null;
  }

  // Watches `filename`; a failure throws Node's 'watch' error naming the path as given.
  start(filename, persistent, recursive, encoding) {
    if (this[kHandle] !== null) return;
    const given = getValidatedPath(filename);
    const handle = binding.watcher((eventType, name) => this.emit('change', eventType, encodeName(name, encoding)));
    const rc = handle.start(pathModule.resolve(given), recursive);
    if (rc < 0) throw watchError(-rc, given);
    // Only `true` keeps the process alive (Node's binding tests IsTrue): persistent: 1 does not.
    if (persistent !== true) handle.unref();
    this[kHandle] = handle;
  }

  close() {
    if (this[kHandle] === null) return;
    this[kHandle].close();
    this[kHandle] = null;
    process.nextTick(() => this.emit('close'));
  }

  ref() {
    this[kHandle]?.ref();
    return this;
  }

  unref() {
    this[kHandle]?.unref();
    return this;
  }
}

function watch(filename, options, listener) {
  if (typeof options === 'function') {
    listener = options;
    options = undefined;
  }
  const opts = watchOptions(options);
  const watcher = new FSWatcher();
  watcher.start(filename, opts.persistent, opts.recursive, opts.encoding);
  if (listener) watcher.addListener('change', listener);
  if (opts.signal) {
    if (opts.signal.aborted) process.nextTick(() => watcher.close());
    else opts.signal.addEventListener('abort', () => watcher.close(), { once: true });
  }
  return watcher;
}

// fs/promises.watch: { eventType, filename } objects until the signal aborts (an AbortError).
async function* watchEvents(filename, options = undefined) {
  const opts = watchOptions(options);
  const { maxQueue = 2048, overflow = 'ignore' } = getOptions(options, {});
  validateInteger(maxQueue, 'options.maxQueue');
  if (overflow !== 'ignore' && overflow !== 'error') {
    throw new ERR_INVALID_ARG_VALUE('options.overflow', overflow, 'must be "ignore" or "error"');
  }
  const { signal } = opts;
  if (signal?.aborted) throw new AbortError(undefined, { cause: signal.reason });
  const queue = [];
  let wake = null;
  let failure = null;
  const watcher = new FSWatcher();
  watcher.start(filename, opts.persistent, opts.recursive, opts.encoding);
  watcher.on('change', (eventType, name) => {
    if (queue.length >= maxQueue) {
      if (overflow === 'error') failure = new Error(`Event queue overflow (maxQueue: ${maxQueue})`);
    } else {
      queue.push({ __proto__: null, eventType, filename: name });
    }
    wake?.();
  });
  const onAbort = () => {
    failure = new AbortError(undefined, { cause: signal.reason });
    wake?.();
  };
  signal?.addEventListener('abort', onAbort, { once: true });
  try {
    while (true) {
      if (queue.length > 0) {
        yield queue.shift();
        continue;
      }
      if (failure) throw failure;
      await new Promise((resolve) => { wake = resolve; });
      wake = null;
    }
  } finally {
    signal?.removeEventListener('abort', onAbort);
    watcher.close();
  }
}

// ---- watchFile ----

const statWatchers = new Map();
const emptyStats = () => toStats(new Array(14).fill(0));
const statFields = ['dev', 'ino', 'mode', 'nlink', 'uid', 'gid', 'rdev', 'size', 'mtimeMs', 'ctimeMs'];

class StatWatcher extends EventEmitter {
  #timer = null;
  #previous = null;
  #path = null;
  #persistent = true;

  start(filename, persistent, interval) {
    if (this.#timer !== null) return;
    this.#path = pathModule.resolve(getValidatedPath(filename));
    this.#persistent = persistent;
    this.#timer = setInterval(() => this.#poll(), interval);
    if (!persistent) this.#timer.unref();
    this.#poll();
  }

  // One stat; listeners hear of a change, or of the first failure (with zeroed stats), as libuv's fs_poll.
  #poll() {
    callAsync('stat', [this.#path], (err, raw) => {
      if (this.#timer === null) return;
      const current = err ? emptyStats() : toStats(raw);
      const previous = this.#previous;
      this.#previous = current;
      if (previous === null) {
        if (err) this.emit('change', current, emptyStats());
        return;
      }
      if (statFields.some((field) => current[field] !== previous[field])) this.emit('change', current, previous);
    });
  }

  stop() {
    if (this.#timer === null) return;
    clearInterval(this.#timer);
    this.#timer = null;
    process.nextTick(() => this.emit('stop'));
  }

  ref() {
    this.#timer?.ref();
    return this;
  }

  unref() {
    this.#timer?.unref();
    return this;
  }
}

function watchFile(filename, options, listener) {
  if (typeof options === 'function') {
    listener = options;
    options = undefined;
  }
  const given = getValidatedPath(filename);
  const { persistent = true, interval = 5007 } = options ?? {};
  validateFunction(listener, 'listener');
  const key = pathModule.resolve(given);
  let watcher = statWatchers.get(key);
  if (watcher === undefined) {
    watcher = new StatWatcher();
    watcher.start(given, persistent, interval);
    statWatchers.set(key, watcher);
  }
  watcher.addListener('change', listener);
  return watcher;
}

function unwatchFile(filename, listener) {
  const key = pathModule.resolve(getValidatedPath(filename));
  const watcher = statWatchers.get(key);
  if (watcher === undefined) return;
  if (typeof listener === 'function') watcher.removeListener('change', listener);
  else watcher.removeAllListeners('change');
  if (watcher.listenerCount('change') === 0) {
    watcher.stop();
    statWatchers.delete(key);
  }
}

module.exports = { FSWatcher, StatWatcher, watch, watchEvents, watchFile, unwatchFile };

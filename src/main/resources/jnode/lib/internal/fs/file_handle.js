'use strict';
// fs/promises' FileHandle: an open descriptor as an object whose methods return promises. Each method runs the
// callback form of node:fs on the descriptor; the handle counts the operations in flight so that close()
// waits for them, and refuses new ones once closing has begun.

const EventEmitter = require('events');
const fs = require('fs');
const { asPromiseRequests, getOptions } = require('internal/fs/utils');
const {
  codes: { ERR_INVALID_STATE, ERR_INVALID_ARG_TYPE },
  AbortError,
} = require('internal/errors');

const kFd = Symbol('kFd');
const kRefs = Symbol('kRefs');
const kClosing = Symbol('kClosing');
const kCloseDone = Symbol('kCloseDone');
const kLocked = Symbol('kLocked');

// The error of a method called on a closed handle; its syscall is the fs function the method runs.
function closedError(name) {
  const err = new Error('file closed');
  err.code = 'EBADF';
  err.syscall = name;
  return err;
}

// Runs fs[name](fd, ...args, cb) as a promise; `shape` turns the callback's results into the resolved value.
function fdCall(handle, name, args, shape = (value) => value) {
  if (handle[kFd] === -1) return Promise.reject(closedError(name));
  handle[kRefs]++;
  return new Promise((resolve, reject) => {
    asPromiseRequests(() => fs[name](handle[kFd], ...args, (err, ...results) => {
      unref(handle);
      if (err) reject(err);
      else resolve(shape(...results));
    }));
  });
}

function unref(handle) {
  if (--handle[kRefs] === 0 && handle[kClosing]) closeNow(handle);
}

// The handle reads as closed (fd -1, 'close' emitted) at once; the descriptor itself closes on the pool.
function closeNow(handle) {
  const fd = handle[kFd];
  const { resolve, reject } = handle[kCloseDone];
  handle[kFd] = -1;
  asPromiseRequests(() => fs.close(fd, (err) => {
    handle[kClosing] = null;
    if (err) reject(err);
    else resolve();
  }));
  handle.emit('close');
}

function checkAborted(signal) {
  if (signal?.aborted) throw new AbortError(undefined, { cause: signal.reason });
}

class FileHandle extends EventEmitter {
  constructor(fd) {
    super();
    this[kFd] = fd;
    this[kRefs] = 1;
    this[kClosing] = null;
    this[kLocked] = false;
    // An own, bound close, so that `handle.close` can be passed around as Node allows.
    this.close = () => {
      if (this[kFd] === -1) return Promise.resolve();
      if (this[kClosing]) return this[kClosing];
      this[kClosing] = new Promise((resolve, reject) => {
        this[kCloseDone] = { resolve, reject };
      });
      const closing = this[kClosing];
      unref(this);
      return closing;
    };
  }

  getAsyncId() {
    return -1;
  }

  get fd() {
    return this[kFd];
  }

  appendFile(data, options) {
    return this.writeFile(data, options);
  }

  chmod(mode) {
    return fdCall(this, 'fchmod', [mode], () => undefined);
  }

  chown(uid, gid) {
    return fdCall(this, 'fchown', [uid, gid], () => undefined);
  }

  datasync() {
    return fdCall(this, 'fdatasync', [], () => undefined);
  }

  sync() {
    return fdCall(this, 'fsync', [], () => undefined);
  }

  // read(buffer, offset, length, position), read(buffer, options) or read(options).
  read(buffer, offsetOrOptions, length, position) {
    let options = offsetOrOptions;
    if (buffer !== undefined && buffer !== null && !ArrayBuffer.isView(buffer)) {
      options = buffer;
      buffer = undefined;
    }
    if (options !== null && typeof options === 'object') {
      ({ buffer = buffer, offset: offsetOrOptions = 0, length, position = null } = options);
    }
    buffer ??= Buffer.alloc(16384);
    const offset = offsetOrOptions ?? 0;
    length ??= buffer.byteLength - offset;
    return fdCall(this, 'read', [buffer, offset, length, position ?? null],
      (bytesRead) => ({ __proto__: null, bytesRead, buffer }));
  }

  readv(buffers, position) {
    return fdCall(this, 'readv', [buffers, position ?? null], (bytesRead) => ({ __proto__: null, bytesRead, buffers }));
  }

  async readFile(options) {
    const { encoding = null, signal } = getOptions(options, {});
    checkAborted(signal);
    const data = await fdCall(this, 'readFile', [{ encoding }]);
    checkAborted(signal);
    return data;
  }

  readLines(options) {
    const readline = require('readline');
    return readline.createInterface({ input: this.createReadStream(options), crlfDelay: Infinity });
  }

  stat(options) {
    return fdCall(this, 'fstat', options === undefined ? [] : [options]);
  }

  truncate(len = 0) {
    return fdCall(this, 'ftruncate', [len], () => undefined);
  }

  utimes(atime, mtime) {
    return fdCall(this, 'futimes', [atime, mtime], () => undefined);
  }

  // write(buffer, offset, length, position), write(buffer, options) or write(string, position, encoding).
  write(data, ...rest) {
    return fdCall(this, 'write', [data, ...rest], (bytesWritten) => ({ __proto__: null, bytesWritten, buffer: data }));
  }

  writev(buffers, position) {
    return fdCall(this, 'writev', [buffers, position ?? null],
      (bytesWritten) => ({ __proto__: null, bytesWritten, buffers }));
  }

  // Strings, byte views, and (async) iterables or streams of either, written in order from the current position.
  async writeFile(data, options) {
    const { encoding = 'utf8', signal } = getOptions(options, { encoding: 'utf8' });
    if (this[kFd] === -1) throw closedError('writeFile');
    checkAborted(signal);
    if (typeof data === 'string' || ArrayBuffer.isView(data)) {
      await this.#writeAll(typeof data === 'string' ? Buffer.from(data, encoding) : data, signal);
      return;
    }
    if (data == null || (typeof data[Symbol.asyncIterator] !== 'function' && typeof data[Symbol.iterator] !== 'function')) {
      throw new ERR_INVALID_ARG_TYPE('data', ['string', 'Buffer', 'TypedArray', 'DataView'], data);
    }
    for await (const chunk of data) {
      checkAborted(signal);
      if (typeof chunk === 'string') await this.#writeAll(Buffer.from(chunk, encoding), signal);
      else if (ArrayBuffer.isView(chunk)) await this.#writeAll(chunk, signal);
      else throw new ERR_INVALID_ARG_TYPE('chunk', ['string', 'Buffer', 'TypedArray', 'DataView'], chunk);
    }
  }

  async #writeAll(view, signal) {
    const bytes = new Uint8Array(view.buffer, view.byteOffset, view.byteLength);
    let offset = 0;
    do {
      checkAborted(signal);
      const { bytesWritten } = await this.write(bytes, offset, bytes.length - offset, null);
      offset += bytesWritten;
    } while (offset < bytes.length);
  }

  // A byte stream over the handle from its current position; it leaves the handle open, and locked, when it ends.
  readableWebStream(options = undefined) {
    const unusable = this[kFd] === -1 ? 'closed' : this[kClosing] ? 'closing' : this[kLocked] ? 'locked' : null;
    if (unusable !== null) throw new ERR_INVALID_STATE(`The FileHandle is ${unusable}`);
    this[kLocked] = true;
    const { ReadableStream } = require('internal/webstreams/readablestream');
    const handle = this;
    const chunkSize = 65536;
    return new ReadableStream({
      type: 'bytes',
      autoAllocateChunkSize: chunkSize,
      async pull(controller) {
        const view = controller.byobRequest.view;
        const { bytesRead } = await handle.read(view, 0, view.byteLength);
        if (bytesRead === 0) controller.close();
        controller.byobRequest.respond(bytesRead);
      },
    }, options);
  }

  createReadStream(options = undefined) {
    const { ReadStream } = require('internal/fs/streams');
    return new ReadStream(undefined, { ...getOptions(options, {}), fd: this });
  }

  createWriteStream(options = undefined) {
    const { WriteStream } = require('internal/fs/streams');
    return new WriteStream(undefined, { ...getOptions(options, {}), fd: this });
  }

  [Symbol.asyncDispose]() {
    return this.close();
  }
}

/** fs/promises.open: a FileHandle on the opened descriptor. */
function open(path, flags, mode) {
  return new Promise((resolve, reject) => {
    asPromiseRequests(() => fs.open(path, flags, mode, (err, fd) => (err ? reject(err) : resolve(new FileHandle(fd)))));
  });
}

module.exports = { FileHandle, open };

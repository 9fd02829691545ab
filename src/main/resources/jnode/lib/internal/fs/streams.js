'use strict';
// fs.ReadStream and fs.WriteStream: a Readable and a Writable over fs.open/read/write/close (or the
// replacements given as options.fs), opening in _construct so that the first read or write waits for it.

const { Readable, Writable, finished } = require('stream');
const {
  codes: { ERR_INVALID_ARG_TYPE, ERR_OUT_OF_RANGE },
} = require('internal/errors');
const { validateFunction, validateInteger } = require('internal/validators');
const { getValidatedPath, getOptions } = require('internal/fs/utils');

const kFs = Symbol('kFs');
const kIsPerformingIO = Symbol('kIsPerformingIO');
const kIoDone = Symbol('kIoDone');

function fsImplementation(options, methods) {
  if (isFileHandle(options.fd)) return fileHandleOperations(options.fd);
  const impl = options.fs ?? require('fs');
  for (const name of methods) validateFunction(impl[name], `options.fs.${name}`);
  return impl;
}

function validateRange(name, value, min, max = Number.MAX_SAFE_INTEGER) {
  if (value === undefined) return;
  validateInteger(value, name, min, max);
}

// Opening and closing, the same for both directions.
function construct(stream, callback) {
  if (typeof stream.fd === 'number') {
    callback();
    return;
  }
  stream[kFs].open(stream.path, stream.flags, stream.mode, (err, fd) => {
    if (err) {
      callback(err);
      return;
    }
    stream.fd = fd;
    callback();
    stream.emit('open', fd);
    stream.emit('ready');
  });
}

function destroy(stream, err, callback) {
  const closeNow = () => {
    if (stream.autoClose && typeof stream.fd === 'number') {
      const fd = stream.fd;
      stream.fd = null;
      stream[kFs].close(fd, (closeErr) => callback(err || closeErr));
    } else {
      callback(err);
    }
  };
  // A read or write still in flight owns the descriptor until it returns.
  if (stream[kIsPerformingIO]) stream.once(kIoDone, closeNow);
  else closeNow();
}

function ioDone(stream) {
  stream[kIsPerformingIO] = false;
  stream.emit(kIoDone);
}

function isFileHandle(value) {
  return value instanceof require('internal/fs/file_handle').FileHandle;
}

// The fs functions a stream calls, made of a FileHandle's methods (the descriptor argument is its own).
function fileHandleOperations(handle) {
  const settle = (promise, cb, value) => promise.then((result) => cb(null, value(result)), cb);
  return {
    open: (path, flags, mode, cb) => process.nextTick(cb, null, handle.fd),
    read: (fd, buffer, offset, length, position, cb) =>
      settle(handle.read(buffer, offset, length, position), cb, (r) => r.bytesRead),
    write: (fd, buffer, offset, length, position, cb) =>
      settle(handle.write(buffer, offset, length, position), cb, (r) => r.bytesWritten),
    fsync: (fd, cb) => settle(handle.sync(), cb, () => undefined),
    close: (fd, cb) => settle(handle.close(), cb, () => undefined),
  };
}

// Checked before the stream is made, so that a bad descriptor leaves no stream opening behind.
function validateFdOption(options) {
  const fd = options.fd ?? null;
  if (isFileHandle(fd)) validateInteger(fd.fd, 'fd', 0, 2147483647);
  else if (fd !== null && typeof fd !== 'number') throw new ERR_INVALID_ARG_TYPE('options.fd', ['number', 'FileHandle'], fd);
}

function commonSetup(stream, path, options) {
  stream.fd = options.fd ?? null;
  if (isFileHandle(stream.fd)) {
    const handle = stream.fd;
    stream.fd = handle.fd;
    // A handle closed elsewhere ends the stream too.
    handle.on('close', () => stream.close());
  }
  stream.path = stream.fd === null ? toPathString(getValidatedPath(path)) : undefined;
  stream.mode = options.mode ?? 0o666;
  stream.autoClose = options.autoClose ?? true;
  stream[kIsPerformingIO] = false;
}

function toPathString(path) {
  return Buffer.isBuffer(path) ? path : `${path}`;
}

class ReadStream extends Readable {
  constructor(path, options = undefined) {
    options = { ...getOptions(options, {}) };
    options.highWaterMark ??= 64 * 1024;
    options.autoDestroy = options.autoClose ?? true;
    validateFdOption(options);
    super(options);
    commonSetup(this, path, options);
    this[kFs] = fsImplementation(options, ['open', 'read', 'close']);
    this.flags = options.flags ?? 'r';
    this.start = options.start;
    this.end = options.end ?? Infinity;
    this.pos = undefined;
    this.bytesRead = 0;
    validateRange('start', this.start, 0);
    if (this.end !== Infinity) {
      validateRange('end', this.end, 0);
      if (this.start !== undefined && this.start > this.end) {
        throw new ERR_OUT_OF_RANGE('start', `<= "end" (here: ${this.end})`, this.start);
      }
    }
    this.pos = this.start;
  }

  get pending() {
    return this.fd === null;
  }

  _construct(callback) {
    construct(this, callback);
  }

  _read(size) {
    const remaining = this.end === Infinity ? size : Math.min(size, this.end - (this.pos ?? this.bytesRead) + 1);
    if (remaining <= 0) {
      this.push(null);
      return;
    }
    const buffer = Buffer.allocUnsafeSlow(remaining);
    this[kIsPerformingIO] = true;
    this[kFs].read(this.fd, buffer, 0, remaining, this.pos ?? null, (err, bytesRead) => {
      ioDone(this);
      if (this.destroyed) return;
      if (err) {
        this.destroy(err);
        return;
      }
      if (bytesRead === 0) {
        this.push(null);
        return;
      }
      if (this.pos !== undefined) this.pos += bytesRead;
      this.bytesRead += bytesRead;
      // A short read keeps only what it filled, copied when the rest would waste most of the buffer.
      const chunk = bytesRead === remaining ? buffer
        : bytesRead * 4 < remaining ? Buffer.from(buffer.subarray(0, bytesRead)) : buffer.subarray(0, bytesRead);
      this.push(chunk);
    });
  }

  _destroy(err, callback) {
    destroy(this, err, callback);
  }

  close(callback) {
    if (typeof callback === 'function') finished(this, callback);
    this.destroy();
  }
}

class WriteStream extends Writable {
  constructor(path, options = undefined) {
    options = { ...getOptions(options, {}) };
    options.decodeStrings = true;
    options.autoDestroy = options.autoClose ?? true;
    validateFdOption(options);
    super(options);
    commonSetup(this, path, options);
    this[kFs] = fsImplementation(options, ['open', 'write', 'close']);
    this.flags = options.flags ?? 'w';
    this.start = options.start;
    this.pos = undefined;
    this.bytesWritten = 0;
    this.flush = options.flush ?? false;
    validateRange('start', this.start, 0);
    this.pos = this.start;
    if (options.encoding) this.setDefaultEncoding(options.encoding);
  }

  get pending() {
    return this.fd === null;
  }

  _construct(callback) {
    construct(this, callback);
  }

  _write(chunk, encoding, callback) {
    this[kIsPerformingIO] = true;
    this[kFs].write(this.fd, chunk, 0, chunk.length, this.pos ?? null, (err, written) => {
      ioDone(this);
      if (err) {
        callback(err);
        return;
      }
      this.bytesWritten += written;
      if (this.pos !== undefined) this.pos += written;
      callback();
    });
  }

  _final(callback) {
    if (!this.flush) {
      callback();
      return;
    }
    const fsync = this[kFs].fsync ?? require('fs').fsync;
    fsync(this.fd, callback);
  }

  _destroy(err, callback) {
    destroy(this, err, callback);
  }

  close(callback) {
    if (callback !== undefined) {
      if (this.closed) {
        process.nextTick(callback);
        return;
      }
      this.on('close', callback);
    }
    // An open stream finishes its writes first (autoClose then closes it); one that ended is destroyed.
    if (!this.autoClose) this.on('finish', this.destroy);
    this.end();
  }

  destroySoon() {
    return this.end();
  }
}

module.exports = {
  ReadStream,
  WriteStream,
  createReadStream: (path, options) => new ReadStream(path, options),
  createWriteStream: (path, options) => new WriteStream(path, options),
};

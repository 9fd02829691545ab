'use strict';
// net.Socket: a Duplex over a stream handle, the narrow interface every byte stream below JavaScript offers
// (readStart/readStop, write -> written at once | queued | -errno, close, ref/unref; events through one
// callback). Today's handles are descriptors (pipes and terminals: internalBinding('stdio')); connecting to
// addresses comes with the network work.

const { bufferFromHost } = require('internal/buffer');
const Duplex = require('internal/streams/duplex');
const {
  codes: { ERR_INVALID_FD_TYPE, ERR_SOCKET_CLOSED, ERR_JNODE_UNSUPPORTED },
  errnoException,
} = require('internal/errors');
const { validateInt32, validateNumber, validateFunction } = require('internal/validators');
const { bindToCurrentFrame } = require('internal/async_context_frame');

const WRITTEN = 1;
const QUEUED = 0;

const kPendingWrites = Symbol('kPendingWrites');
const kBytesWritten = Symbol('kBytesWritten');
const kTimeout = Symbol('kTimeout');
const kTimeoutMs = Symbol('kTimeoutMs');

let nextWriteId = 0;

// A handle for descriptor `fd`: pipes and sockets write without blocking, terminals synchronously (as libuv
// sets them up for stdio). The socket owns the descriptor, except stdio's, which stay open for the process.
function handleForFd(fd, onEvent) {
  const binding = internalBinding('stdio');
  const type = binding.handleType(fd);
  if (type !== 'PIPE' && type !== 'TTY') throw new ERR_INVALID_FD_TYPE(type);
  return binding.open(fd, type === 'PIPE', fd > 2, onEvent);
}

class Socket extends Duplex {
  constructor(options = undefined) {
    if (typeof options === 'number') options = { fd: options }; // Legacy form.
    else options = { ...options };
    const hasEndpoint = options.handle !== undefined || options.fd !== undefined;
    // Without a handle or fd, both sides are open (for connect); with one, only what the caller asks for.
    if (hasEndpoint) {
      options.readable = Boolean(options.readable);
      options.writable = Boolean(options.writable);
    }
    options.allowHalfOpen = Boolean(options.allowHalfOpen);
    options.emitClose = false; // 'close' carries hadError, emitted by _destroy's caller below
    options.autoDestroy = true;
    options.decodeStrings = false;
    super(options);

    this.connecting = false;
    this._hadError = false;
    this._handle = null;
    this._host = null;
    this._parent = null;
    this.server = null;
    this._server = null;
    this.bytesRead = 0;
    this[kBytesWritten] = 0;
    this[kPendingWrites] = new Map();
    this[kTimeout] = null;
    this[kTimeoutMs] = 0;

    if (options.handle !== undefined) throw new ERR_JNODE_UNSUPPORTED('net.Socket with options.handle');
    if (options.fd !== undefined) {
      validateInt32(options.fd, 'fd', 0);
      // The handle's events run in the async context the socket was made in (AsyncLocalStorage).
      this._handle = handleForFd(options.fd, bindToCurrentFrame((kind, a, b) => this._onHandleEvent(kind, a, b)));
    }

    this.on('end', onReadableEnd);
  }

  get bytesWritten() {
    return this[kBytesWritten];
  }

  get pending() {
    return this._handle === null || this.connecting;
  }

  get readyState() {
    if (this.connecting) return 'opening';
    if (this.readable && this.writable) return 'open';
    if (this.readable && !this.writable) return 'readOnly';
    if (!this.readable && this.writable) return 'writeOnly';
    return 'closed';
  }

  get bufferSize() {
    return this._handle ? this.writableLength : undefined;
  }

  get _bytesDispatched() {
    return this[kBytesWritten];
  }

  _read() {
    if (this._handle !== null && !this.connecting) this._handle.readStart();
  }

  _write(chunk, encoding, callback) {
    if (this._handle === null) {
      callback(new ERR_SOCKET_CLOSED());
      return;
    }
    const buffer = typeof chunk === 'string' ? Buffer.from(chunk, encoding) : chunk;
    this._touch();
    const id = ++nextWriteId;
    const result = this._handle.write(buffer.buffer, buffer.byteOffset, buffer.byteLength, id);
    if (result === WRITTEN) {
      this[kBytesWritten] += buffer.byteLength;
      callback();
    } else if (result === QUEUED) {
      this[kPendingWrites].set(id, { callback, length: buffer.byteLength });
    } else {
      callback(errnoException(result, 'write'));
    }
  }

  // Writable calls _final once every write completed: a descriptor has nothing more to flush.
  _final(callback) {
    callback();
  }

  _destroy(err, callback) {
    this._clearTimer();
    if (this._handle !== null) {
      this._handle.close();
      this._handle = null;
    }
    this[kPendingWrites].clear();
    callback(err);
    process.nextTick(emitCloseWithError, this, err != null);
  }

  _onHandleEvent(kind, a, b) {
    if (kind === 'data') {
      const chunk = bufferFromHost(a);
      this.bytesRead += chunk.length;
      this._touch();
      // Stop taking bytes from the kernel while the buffer is full: the writer feels the backpressure.
      if (!this.push(chunk) && this._handle !== null) this._handle.readStop();
    } else if (kind === 'end') {
      this.push(null);
      this.read(0);
    } else if (kind === 'error') {
      this.destroy(errnoException(-a, 'read'));
    } else if (kind === 'written') {
      const pending = this[kPendingWrites].get(a);
      if (pending === undefined) return;
      this[kPendingWrites].delete(a);
      if (b !== 0) {
        pending.callback(errnoException(-b, 'write'));
      } else {
        this[kBytesWritten] += pending.length;
        this._touch();
        pending.callback();
      }
    }
  }

  ref() {
    this._handle?.ref();
    return this;
  }

  unref() {
    this._handle?.unref();
    return this;
  }

  setNoDelay() {
    return this;
  }

  setKeepAlive() {
    return this;
  }

  setTimeout(ms, callback = undefined) {
    validateNumber(ms, 'msecs', 0);
    if (callback !== undefined) {
      validateFunction(callback, 'callback');
      if (ms === 0) this.removeListener('timeout', callback);
      else this.once('timeout', callback);
    }
    this[kTimeoutMs] = ms;
    this._touch();
    return this;
  }

  // Activity restarts the idle timer that 'timeout' reports.
  _touch() {
    this._clearTimer();
    if (this[kTimeoutMs] > 0 && !this.destroyed) {
      this[kTimeout] = setTimeout(() => {
        this[kTimeout] = null;
        this.emit('timeout');
      }, this[kTimeoutMs]);
      this[kTimeout].unref();
    }
  }

  _clearTimer() {
    if (this[kTimeout] !== null) {
      clearTimeout(this[kTimeout]);
      this[kTimeout] = null;
    }
  }

  address() {
    return {};
  }

  // Ends the writable side and destroys once what was written has gone out.
  destroySoon() {
    if (this.writable) this.end();
    if (!this.writableFinished) {
      this.once('finish', this.destroy);
      return;
    }
    this.destroy();
  }

  resetAndDestroy() {
    return this.destroy();
  }

  connect() {
    throw new ERR_JNODE_UNSUPPORTED('net.Socket.connect');
  }
}

// Without allowHalfOpen, the end of reading ends writing too.
function onReadableEnd() {
  if (!this.allowHalfOpen) {
    this.write = writeAfterFIN;
    if (this.writable) this.end();
  }
}

function writeAfterFIN(chunk, encoding, callback) {
  if (typeof encoding === 'function') callback = encoding;
  const { codes: { ERR_STREAM_WRITE_AFTER_END } } = require('internal/errors');
  const err = new ERR_STREAM_WRITE_AFTER_END();
  this.destroy(err);
  if (typeof callback === 'function') process.nextTick(callback, err);
  return false;
}

function emitCloseWithError(socket, hadError) {
  socket.emit('close', hadError);
}

module.exports = { Socket };

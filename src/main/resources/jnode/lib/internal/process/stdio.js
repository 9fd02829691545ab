'use strict';
// process.stdout and process.stderr: synchronous writers, as Node's are for files, pipes and TTYs.
// (They become full Writable streams with the streams work; until then they are EventEmitters with
// Writable's write/end surface.)

const EventEmitter = require('events');
const binding = internalBinding('process');

class SyncWriteStream extends EventEmitter {
  constructor(fd) {
    super();
    this.fd = fd;
    this._type = binding.isatty(fd) ? 'tty' : 'fs';
    this.isTTY = this._type === 'tty' ? true : undefined;
    if (this.isTTY) {
      this.columns = Number(process.env.COLUMNS) || 80;
      this.rows = Number(process.env.LINES) || 24;
    } else {
      delete this.isTTY;
    }
    this.writable = true;
    this._isStdio = true;
    this.destroyed = false;
  }

  write(chunk, encoding, callback) {
    if (typeof encoding === 'function') {
      callback = encoding;
      encoding = undefined;
    }
    if (typeof chunk === 'string') {
      binding.writeString(this.fd, chunk);
    } else if (ArrayBuffer.isView(chunk)) {
      binding.writeBytes(this.fd, chunk.buffer, chunk.byteOffset, chunk.byteLength);
    } else {
      const { codes: { ERR_INVALID_ARG_TYPE } } = require('internal/errors');
      throw new ERR_INVALID_ARG_TYPE('chunk', ['string', 'Buffer', 'TypedArray', 'DataView'], chunk);
    }
    if (typeof callback === 'function') process.nextTick(callback, null);
    return true;
  }

  end(chunk, encoding, callback) {
    if (typeof chunk === 'function') {
      callback = chunk;
      chunk = undefined;
    }
    if (chunk !== undefined && chunk !== null) this.write(chunk, encoding);
    if (typeof callback === 'function') process.nextTick(callback);
    return this;
  }

  cork() {}

  uncork() {}

  setDefaultEncoding() {
    return this;
  }

  hasColors(count = 16) {
    return this.isTTY === true && count <= 256 && process.env.TERM !== 'dumb' && !('NO_COLOR' in process.env);
  }

  getColorDepth() {
    return this.hasColors() ? 8 : 1;
  }

  getWindowSize() {
    return [this.columns, this.rows];
  }

  destroy() {
    return this;
  }
}

let stdout;
let stderr;

function getStdout() {
  stdout ??= new SyncWriteStream(1);
  return stdout;
}

function getStderr() {
  stderr ??= new SyncWriteStream(2);
  return stderr;
}

module.exports = { getStdout, getStderr, SyncWriteStream };

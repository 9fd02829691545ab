'use strict';
// A Writable that writes each chunk to a descriptor at once with fs.writeSync: what process.stdout and
// process.stderr are when they point at a file.

const { Writable } = require('internal/streams/writable');
const fs = require('fs');

class SyncWriteStream extends Writable {
  constructor(fd, options = undefined) {
    super({ autoDestroy: true });
    this.fd = fd;
    this.readable = false;
    this.autoClose = options?.autoClose ?? true;
  }

  _write(chunk, encoding, callback) {
    try {
      let offset = 0;
      while (offset < chunk.length) offset += fs.writeSync(this.fd, chunk, offset, chunk.length - offset);
    } catch (err) {
      callback(err);
      return;
    }
    callback();
  }

  _destroy(err, callback) {
    if (this.fd !== null && this.autoClose) fs.closeSync(this.fd);
    this.fd = null;
    callback(err);
  }

  destroySoon() {
    return this.destroy();
  }
}

module.exports = SyncWriteStream;

'use strict';
// process.stdin, process.stdout and process.stderr, made on first use with the kind of stream Node picks for
// what the descriptor is: a terminal (tty.ReadStream/WriteStream, written synchronously), a file
// (fs.ReadStream / SyncWriteStream) or a pipe or socket (net.Socket, written without blocking the loop).

const binding = internalBinding('stdio');

let stdin;
let stdout;
let stderr;

// Closing process.stdout must not close descriptor 1: other code (and the exit path) still writes to it.
function keepDescriptorOpen(err, callback) {
  callback(err);
}

function createWritableStdioStream(fd) {
  let stream;
  switch (binding.handleType(fd)) {
    case 'TTY': {
      const { WriteStream } = require('tty');
      stream = new WriteStream(fd);
      stream._type = 'tty';
      break;
    }
    case 'FILE': {
      const SyncWriteStream = require('internal/fs/sync_write_stream');
      stream = new SyncWriteStream(fd, { autoClose: false });
      stream._type = 'fs';
      break;
    }
    case 'PIPE': {
      const { Socket } = require('internal/net/socket');
      stream = new Socket({ fd, readable: false, writable: true });
      stream._type = 'pipe';
      break;
    }
    default: {
      // No usable descriptor (closed by the parent): output goes nowhere, as in Node.
      const { Writable } = require('stream');
      stream = new Writable({ write(chunk, encoding, callback) { callback(); } });
    }
  }
  stream.fd = fd;
  stream._isStdio = true;
  stream.destroySoon = stream.destroy;
  stream._destroy = keepDescriptorOpen;
  return stream;
}

function getStdout() {
  if (stdout === undefined) {
    stdout = createWritableStdioStream(1);
    if (stdout.isTTY) process.on('SIGWINCH', () => stdout._refreshSize());
  }
  return stdout;
}

function getStderr() {
  if (stderr === undefined) {
    stderr = createWritableStdioStream(2);
    if (stderr.isTTY) process.on('SIGWINCH', () => stderr._refreshSize());
  }
  return stderr;
}

function getStdin() {
  if (stdin !== undefined) return stdin;
  switch (binding.handleType(0)) {
    case 'TTY': {
      const { ReadStream } = require('tty');
      stdin = new ReadStream(0);
      break;
    }
    case 'FILE': {
      const { ReadStream } = require('internal/fs/streams');
      stdin = new ReadStream(null, { fd: 0, autoClose: false });
      break;
    }
    case 'PIPE': {
      const { Socket } = require('internal/net/socket');
      stdin = new Socket({ fd: 0, readable: true, writable: false });
      break;
    }
    default: {
      // No stdin at all: an empty stream that ends at once.
      const { Readable } = require('stream');
      stdin = new Readable({ read() { this.push(null); } });
    }
  }
  stdin.fd = 0;
  // A paused stdin stops taking bytes from its descriptor, so that it no longer keeps the process alive.
  if (stdin._handle) {
    stdin.on('pause', () => process.nextTick(() => {
      if (stdin._handle && !stdin.readableFlowing) {
        stdin._readableState.reading = false;
        stdin._handle.readStop();
      }
    }));
  }
  return stdin;
}

module.exports = { getStdin, getStdout, getStderr };

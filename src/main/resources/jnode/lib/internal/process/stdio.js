'use strict';
// process.stdin, process.stdout and process.stderr, each made on first use. The stream class depends on what
// the descriptor is, as the binding reports it: a terminal (tty streams, written synchronously), a regular file
// (fs streams, written synchronously) or a pipe or socket (net.Socket, written without blocking the loop).

const binding = internalBinding('stdio');

function socketOn(fd, readable) {
  const { Socket } = require('internal/net/socket');
  return new Socket({ fd, readable, writable: !readable });
}

// Per descriptor kind: the tag Node leaves in stream._type and how to open the descriptor in each direction.
const DESCRIPTOR_KINDS = {
  __proto__: null,
  TTY: {
    tag: 'tty',
    output: (fd) => new (require('tty').WriteStream)(fd),
    input: (fd) => new (require('tty').ReadStream)(fd),
  },
  FILE: {
    tag: 'fs',
    output: (fd) => new (require('internal/fs/sync_write_stream'))(fd, { autoClose: false }),
    input: (fd) => new (require('internal/fs/streams').ReadStream)(null, { fd, autoClose: false }),
  },
  PIPE: {
    tag: 'pipe',
    output: (fd) => socketOn(fd, false),
    input: (fd) => socketOn(fd, true),
  },
};

// A descriptor the parent closed: output is dropped and input is empty, as in Node.
const MISSING_DESCRIPTOR = {
  tag: undefined,
  output: () => new (require('stream').Writable)({ write: (chunk, encoding, done) => done() }),
  input: () => new (require('stream').Readable)({ read() { this.push(null); } }),
};

const handleTypes = [];

function descriptorKind(fd) {
  handleTypes[fd] ??= binding.handleType(fd);
  return DESCRIPTOR_KINDS[handleTypes[fd]] ?? MISSING_DESCRIPTOR;
}

function openOutput(fd) {
  const kind = descriptorKind(fd);
  const stream = kind.output(fd);
  if (kind.tag) stream._type = kind.tag;
  stream.fd = fd;
  stream._isStdio = true;
  stream.destroySoon = stream.destroy;
  // Destroying process.stdout must leave descriptor 1 open: other code, and the exit path, still write to it.
  stream._destroy = (err, done) => done(err);
  if (stream.isTTY) process.on('SIGWINCH', () => stream._refreshSize());
  return stream;
}

// A paused stdin stops reading its descriptor, so that it no longer keeps the process alive.
function stopReadingWhenPaused(stream) {
  stream.on('pause', () => process.nextTick(() => {
    if (!stream._handle || stream.readableFlowing) return;
    stream._readableState.reading = false;
    stream._handle.readStop();
  }));
}

function openInput() {
  const stream = descriptorKind(0).input(0);
  stream.fd = 0;
  if (stream._handle) stopReadingWhenPaused(stream);
  return stream;
}

const opened = new Map();

function once(name, open) {
  return () => {
    if (!opened.has(name)) opened.set(name, open());
    return opened.get(name);
  };
}

/**
 * Whether the global console may write to `fd` itself, the stream `name` not being made yet: Node writes
 * files and terminals synchronously, so going around the stream changes nothing the program can see.
 */
function consoleMayWriteDirectly(name, fd) {
  if (opened.has(name)) return false;
  const kind = descriptorKind(fd);
  return kind === DESCRIPTOR_KINDS.FILE || kind === DESCRIPTOR_KINDS.TTY;
}

// A worker's stdio are streams to and from its parent (internal/worker/child), never the descriptors.
function useStreams(streams) {
  for (const [name, stream] of Object.entries(streams)) opened.set(name, stream);
}

module.exports = {
  consoleMayWriteDirectly,
  useStreams,
  getStdin: once('stdin', openInput),
  getStdout: once('stdout', () => openOutput(1)),
  getStderr: once('stderr', () => openOutput(2)),
};

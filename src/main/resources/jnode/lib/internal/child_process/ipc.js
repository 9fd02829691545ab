'use strict';
// The IPC channel between a parent and a child it started with an 'ipc' stdio entry (fork does): a Unix socket
// pair, one end per process (the child finds its end in NODE_CHANNEL_FD), driven as a raw stdio handle as Node
// drives its Pipe. Messages are framed as Node frames them, so jnode and Node processes can talk: 'json' is one
// JSON text per line, 'advanced' a 4-byte big-endian length and the v8 serialization. Handles (sockets, servers)
// travel as Node sends them: a { cmd: 'NODE_HANDLE' } message with the descriptor attached (SCM_RIGHTS), answered
// by NODE_HANDLE_ACK; until then later messages wait, so nothing overtakes a handle. Both processes run
// setupChannel on their end: `target` is the ChildProcess in the parent and `process` in the child.

const EventEmitter = require('events');
const {
  codes: {
    ERR_INVALID_ARG_TYPE, ERR_INVALID_HANDLE_TYPE, ERR_IPC_CHANNEL_CLOSED, ERR_IPC_DISCONNECTED, ERR_MISSING_ARGS,
    ERR_JNODE_UNSUPPORTED,
  },
  errnoException,
} = require('internal/errors');
const { bufferFromHost } = require('internal/buffer');
const { validateFunction, validateObject } = require('internal/validators');

const WRITTEN = 1;
const QUEUED = 0;
// send() answers false once this much waits for the kernel, as Node's does.
const WRITE_QUEUE_LIMIT = 65536 * 2;

// The decoders keep a message's pieces until it is complete: joining on every chunk would copy a large message
// over and over.
const jsonCodec = {
  encode: (message) => Buffer.from(`${JSON.stringify(message)}\n`),
  makeDecoder() {
    const { StringDecoder } = require('string_decoder');
    const text = new StringDecoder('utf8');
    let pieces = [];
    return (chunk) => {
      const more = text.write(chunk);
      if (!more.includes('\n')) {
        pieces.push(more);
        return [];
      }
      pieces.push(more);
      const lines = pieces.join('').split('\n');
      pieces = [lines.pop()];
      return lines.filter((line) => line !== '').map((line) => JSON.parse(line));
    };
  },
};

const advancedCodec = {
  encode(message) {
    const body = require('v8').serialize(message);
    const framed = Buffer.allocUnsafe(4 + body.length);
    framed.writeUInt32BE(body.length, 0);
    body.copy(framed, 4);
    return framed;
  },
  makeDecoder() {
    let pieces = [];
    let size = 0;
    let needed = 4; // bytes before anything can be decoded: a length, then the whole frame
    return (chunk) => {
      pieces.push(chunk);
      size += chunk.length;
      const messages = [];
      while (size >= needed) {
        let pending = pieces.length === 1 ? pieces[0] : Buffer.concat(pieces, size);
        const frame = 4 + pending.readUInt32BE(0);
        if (size < frame) {
          pieces = [pending];
          needed = frame;
          break;
        }
        messages.push(require('v8').deserialize(pending.subarray(4, frame)));
        pending = pending.subarray(frame);
        pieces = pending.length === 0 ? [] : [pending];
        size = pending.length;
        needed = 4;
      }
      return messages;
    };
  },
};

// How each kind of handle leaves one process (send: the Java handle whose descriptor goes, or undefined when there
// is nothing to send) and what it becomes in the other (got: calls emit with the object).
const handleConversion = {
  // A bare handle (what cluster passes around).
  'net.Native': {
    send: (message, handle) => handle,
    got: (message, handle, emit) => emit(handle),
  },
  'net.Server': {
    send: (message, server) => server._handle ?? undefined,
    got(message, handle, emit) {
      const server = new (require('net').Server)();
      server.listen(handle, () => emit(server));
    },
  },
  'net.Socket': {
    send(message, socket, options) {
      const handle = socket._handle;
      if (!handle) return undefined;
      // Unless kept open, the connection now belongs to the other process: this socket lets go of it.
      if (!options.keepOpen) {
        handle.readStop();
        handle.setOnEvent(() => {});
        socket._handle = null;
        socket.setTimeout(0);
        const server = socket._server;
        if (server) { // the server no longer counts it
          socket.server = socket._server = null;
          server._connectionGone();
        }
      }
      return handle;
    },
    got(message, handle, emit) {
      emit(new (require('net').Socket)({ handle, readable: true, writable: true }));
    },
  },
};

function handleType(handle) {
  const net = require('net');
  if (handle instanceof net.Socket) return 'net.Socket';
  if (handle instanceof net.Server) return 'net.Server';
  if (handle instanceof require('dgram').Socket) return 'dgram.Socket';
  if (isNativeHandle(handle)) return 'net.Native';
  return undefined;
}

// Handles made by internalBinding('tcp') (Java objects with a descriptor).
function isNativeHandle(handle) {
  return handle !== null && typeof handle === 'object' && !(handle instanceof EventEmitter) &&
    typeof handle.fd === 'function' && typeof handle.close === 'function';
}

// A descriptor received from the peer, as a handle of ours: a listener or a connection.
const adoptHandle = (fd) => internalBinding('tcp').adopt(fd);

// Node's own messages ({ cmd: 'NODE_...' }) are 'internalMessage' events, not 'message'.
const isInternal = (message) => message !== null && typeof message === 'object' &&
  typeof message.cmd === 'string' && message.cmd.startsWith('NODE_');

// What `subprocess.channel` and `process.channel` are: ref()/unref() and the descriptor. Listeners for 'message'
// and 'disconnect' (counted) keep the child's end ref'd unless ref()/unref() was called explicitly, as in Node.
class Control extends EventEmitter {
  #handle;
  #fd;
  #refs = 0;
  #explicit = false;

  constructor(handle, fd) {
    super();
    this.#handle = handle;
    this.#fd = fd;
  }

  get fd() {
    return this.#handle === null ? undefined : this.#fd;
  }

  ref() {
    this.#explicit = true;
    this.#handle?.ref();
  }

  unref() {
    this.#explicit = true;
    this.#handle?.unref();
  }

  refCounted() {
    if (++this.#refs === 1 && !this.#explicit) this.#handle?.ref();
  }

  unrefCounted() {
    if (--this.#refs === 0 && !this.#explicit) this.#handle?.unref();
  }

  detach() {
    this.#handle = null;
  }
}

// A child's end closes when it exits: its end-of-file follows its exit within moments (later only if the
// descriptor leaked to a grandchild, hence the bound).
const PEER_GONE_WAIT_MS = 250;

// onPeerEnd: called once if the channel ends from the other side (not after our own disconnect()); a parent counts
// only that toward its child's 'close', as Node does. refCounted: the channel keeps the process alive only while
// control.refCounted() calls outnumber unrefCounted() ones (the child's end).
function setupChannel(target, fd, serialization, { onPeerEnd = () => {}, refCounted = false } = {}) {
  const codec = serialization === 'advanced' ? advancedCodec : jsonCodec;
  const decode = codec.makeDecoder();
  const pendingWrites = new Map(); // request id -> { callback, size }, for writes the kernel did not take at once
  let nextWriteId = 0;
  let queuedBytes = 0;
  let closed = false;
  let closeWhenWritten = false;
  // While a handle waits for its ACK: the messages sent meanwhile, in order. Null when nothing waits.
  let handleQueue = null;
  // The handle waiting for its ACK: { message, fd, handle, close } (close: let go of it on ACK).
  let inFlight = null;

  const handle = internalBinding('stdio').open(fd, true, true, onEvent);
  handle.passFds();
  if (refCounted) handle.unref();
  const control = new Control(handle, fd);
  target.channel = control;
  target._channel = control;
  target.connected = true;

  // whenPeerGone(callback): false when the channel is closed already; else true, and callback() runs once it
  // closes (the peer's end arrived, or after a bound).
  let closeWaiters = [];
  let closeDeadline = null;
  control.whenPeerGone = (callback) => {
    if (closed) return false;
    closeDeadline ??= setTimeout(peerGone, PEER_GONE_WAIT_MS);
    closeWaiters.push(callback);
    return true;
  };

  function onEvent(kind, a, b) {
    if (kind === 'data') {
      for (const message of decode(bufferFromHost(a))) receive(message);
    } else if (kind === 'end' || kind === 'error') {
      const ours = !target.connected;
      peerGone();
      if (!ours) onPeerEnd();
    } else if (kind === 'written') {
      const entry = pendingWrites.get(a);
      pendingWrites.delete(a);
      queuedBytes -= entry.size;
      entry.callback?.(b === 0 ? null : errnoException(-b, 'write'));
      if (closeWhenWritten && pendingWrites.size === 0) closeHandle();
    }
  }

  function receive(message) {
    if (!isInternal(message)) {
      target.emit('message', message);
      return;
    }
    if (message.cmd === 'NODE_HANDLE') {
      const received = handle.takeFd();
      if (received < 0) {
        write({ cmd: 'NODE_HANDLE_NACK' });
        return;
      }
      write({ cmd: 'NODE_HANDLE_ACK' });
      const conversion = handleConversion[message.type];
      conversion.got(message, adoptHandle(received), (object) => {
        if (target.channel === null) return;
        const inner = message.msg;
        process.nextTick(() => target.emit(isInternal(inner) ? 'internalMessage' : 'message', inner, object));
      });
      return;
    }
    if (message.cmd === 'NODE_HANDLE_ACK') {
      handleAcknowledged();
    } else if (message.cmd === 'NODE_HANDLE_NACK' && inFlight !== null) {
      writeBytes(codec.encode(inFlight.message), inFlight.fd, undefined); // the descriptor did not arrive: again
    }
    target.emit('internalMessage', message);
  }

  function handleAcknowledged() {
    if (inFlight?.close) inFlight.handle.close();
    inFlight = null;
    const waiting = handleQueue ?? [];
    handleQueue = null;
    for (const { message, object, options, callback } of waiting) {
      target._send(message, object, options, callback);
    }
    if (handleQueue === null && !target.connected && target.channel !== null) disconnectNow();
  }

  function writeBytes(bytes, passFd, callback) {
    const id = ++nextWriteId;
    const result = handle.writeWithFd(bytes.buffer, bytes.byteOffset, bytes.byteLength, id, passFd);
    if (result === WRITTEN) {
      if (callback) process.nextTick(callback, null);
    } else if (result === QUEUED) {
      pendingWrites.set(id, { callback, size: bytes.byteLength });
      queuedBytes += bytes.byteLength; // (the handle keeps the process alive until the kernel took it)
    } else {
      const err = errnoException(result, 'write');
      if (callback) process.nextTick(callback, err);
      else process.nextTick(() => target.emit('error', err));
    }
    return queuedBytes < WRITE_QUEUE_LIMIT;
  }

  const write = (message) => writeBytes(codec.encode(message), -1, undefined);

  target._send = function _send(message, object, options, callback) {
    if (handleQueue !== null) {
      handleQueue.push({ message, object, options, callback });
      return handleQueue.length === 1;
    }
    if (object === undefined || object === null) return writeBytes(codec.encode(message), -1, callback);
    const type = handleType(object);
    const native = handleConversion[type].send(message, object, options);
    if (native === undefined) return writeBytes(codec.encode(message), -1, callback); // nothing left to send
    const wrapped = { cmd: 'NODE_HANDLE', type, msg: message };
    const passFd = native.fd();
    inFlight = { message: wrapped, fd: passFd, handle: native, close: type === 'net.Socket' && !options.keepOpen };
    handleQueue = [];
    return writeBytes(codec.encode(wrapped), passFd, callback);
  };

  target.send = function send(message, object, options, callback) {
    if (typeof object === 'function') {
      callback = object;
      object = undefined;
      options = undefined;
    } else if (typeof options === 'function') {
      callback = options;
      options = undefined;
    } else if (options !== undefined) {
      validateObject(options, 'options');
    }
    options = { swallowErrors: false, ...options };
    if (callback !== undefined) validateFunction(callback, 'callback');
    if (message === undefined) throw new ERR_MISSING_ARGS('message');
    if (typeof message !== 'string' && typeof message !== 'object' && typeof message !== 'number' &&
        typeof message !== 'boolean') {
      throw new ERR_INVALID_ARG_TYPE('message', ['string', 'object', 'number', 'boolean'], message);
    }
    if (object !== undefined && object !== null) {
      const type = handleType(object);
      if (type === undefined) throw new ERR_INVALID_HANDLE_TYPE();
      if (type === 'dgram.Socket') throw new ERR_JNODE_UNSUPPORTED('Sending UDP sockets over IPC');
    }
    if (!this.connected) {
      const err = new ERR_IPC_CHANNEL_CLOSED();
      if (typeof callback === 'function') process.nextTick(callback, err);
      else process.nextTick(() => this.emit('error', err));
      return false;
    }
    return this._send(message, object, options, callback);
  };

  target.disconnect = function disconnect() {
    if (!this.connected) {
      this.emit('error', new ERR_IPC_DISCONNECTED());
      return;
    }
    this.connected = false;
    // Messages waiting behind a handle still go first.
    if (handleQueue === null) disconnectNow();
  };

  // Closes on the next tick, just before 'disconnect', as Node does; what was sent still goes out first (the
  // peer then sees its end).
  function disconnectNow() {
    detach();
    process.nextTick(() => {
      if (pendingWrites.size === 0) closeHandle();
      else closeWhenWritten = true;
      target.emit('disconnect');
    });
  }

  // The peer went away (it exited or disconnected): 'disconnect' once, on the next tick as in Node.
  function peerGone() {
    if (target.channel !== null) {
      target.connected = false;
      detach();
      process.nextTick(() => target.emit('disconnect'));
    }
    closeHandle();
  }

  function detach() {
    target.channel = null;
    target._channel = null;
    control.detach();
    if (inFlight?.close) inFlight.handle.close();
    inFlight = null;
  }

  function closeHandle() {
    if (closed) return;
    closed = true;
    handle.close();
    clearTimeout(closeDeadline);
    const waiters = closeWaiters;
    closeWaiters = [];
    // After the 'disconnect' that peerGone() queued: a child's 'exit' waiting here must not overtake it.
    for (const waiter of waiters) process.nextTick(waiter);
  }

  handle.readStart();
  return control;
}

// In a child started with an IPC channel: process.send/'message'/disconnect over the descriptor the parent gave.
// The channel keeps the process alive only while someone listens for 'message' or 'disconnect', as in Node.
function setupChildChannel() {
  const fd = Number(process.env.NODE_CHANNEL_FD);
  const serialization = process.env.NODE_CHANNEL_SERIALIZATION_MODE || 'json';
  delete process.env.NODE_CHANNEL_FD;
  delete process.env.NODE_CHANNEL_SERIALIZATION_MODE;
  if (!Number.isInteger(fd) || fd < 0) return;
  const control = setupChannel(process, fd, serialization, { refCounted: true });
  process.on('newListener', (event) => {
    if (event === 'message' || event === 'disconnect') control.refCounted();
  });
  process.on('removeListener', (event) => {
    if (event === 'message' || event === 'disconnect') control.unrefCounted();
  });
}

module.exports = { setupChannel, setupChildChannel };

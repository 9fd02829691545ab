'use strict';
// The IPC channel between a parent and a child it started with an 'ipc' stdio entry (fork does): a Unix socket
// pair, one end per process (the child finds its end in NODE_CHANNEL_FD). Messages are framed as Node frames them,
// so jnode and Node processes can talk: 'json' is one JSON text per line, 'advanced' a 4-byte big-endian length
// and the v8 serialization. Both processes run setupChannel on their end: `target` is the ChildProcess in the
// parent and `process` in the child.

const {
  codes: {
    ERR_INVALID_ARG_TYPE, ERR_INVALID_HANDLE_TYPE, ERR_IPC_CHANNEL_CLOSED, ERR_IPC_DISCONNECTED, ERR_MISSING_ARGS,
    ERR_JNODE_UNSUPPORTED,
  },
} = require('internal/errors');
const { validateFunction, validateObject } = require('internal/validators');

const jsonCodec = {
  encode: (message) => `${JSON.stringify(message)}\n`,
  makeDecoder() {
    const { StringDecoder } = require('string_decoder');
    const text = new StringDecoder('utf8');
    let pending = '';
    return (chunk) => {
      pending += text.write(chunk);
      const lines = pending.split('\n');
      pending = lines.pop();
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
    let pending = Buffer.alloc(0);
    return (chunk) => {
      pending = pending.length === 0 ? chunk : Buffer.concat([pending, chunk]);
      const messages = [];
      while (pending.length >= 4 && pending.length >= 4 + pending.readUInt32BE(0)) {
        const size = pending.readUInt32BE(0);
        messages.push(require('v8').deserialize(pending.subarray(4, 4 + size)));
        pending = pending.subarray(4 + size);
      }
      return messages;
    };
  },
};

// What Node can pass to another process: sockets and servers (net), UDP sockets.
function isSendableHandle(handle) {
  const net = require('net');
  return handle instanceof net.Socket || handle instanceof net.Server || handle instanceof require('dgram').Socket;
}

// Node's own messages ({ cmd: 'NODE_...' }) are 'internalMessage' events, not 'message'.
const isInternal = (message) => message !== null && typeof message === 'object' &&
  typeof message.cmd === 'string' && message.cmd.startsWith('NODE_');

// onPeerEnd: called once if the channel ends from the other side (not after our own disconnect()); a parent counts
// only that toward its child's 'close', as Node does.
function setupChannel(target, socket, serialization, onPeerEnd = () => {}) {
  const codec = serialization === 'advanced' ? advancedCodec : jsonCodec;
  const decode = codec.makeDecoder();
  target.channel = socket;
  target.connected = true;

  socket.on('data', (chunk) => {
    for (const message of decode(chunk)) {
      if (isInternal(message)) target.emit('internalMessage', message);
      else target.emit('message', message);
    }
  });
  // The peer went away (it exited or disconnected): 'disconnect' once, on the next tick as in Node.
  const onEnd = () => {
    if (!target.connected) return;
    target.connected = false;
    target.channel = null;
    process.nextTick(() => target.emit('disconnect'));
  };
  socket.on('end', () => {
    const ours = !target.connected;
    onEnd();
    socket.end();
    if (!ours) onPeerEnd();
  });
  socket.on('close', onEnd);
  socket.on('error', () => {});

  target.send = function send(message, handle, options, callback) {
    if (typeof handle === 'function') {
      callback = handle;
      handle = undefined;
      options = undefined;
    } else if (typeof options === 'function') {
      callback = options;
      options = undefined;
    } else if (options !== undefined) {
      validateObject(options, 'options');
    }
    if (callback !== undefined) validateFunction(callback, 'callback');
    if (message === undefined) throw new ERR_MISSING_ARGS('message');
    if (typeof message !== 'string' && typeof message !== 'object' && typeof message !== 'number' &&
        typeof message !== 'boolean') {
      throw new ERR_INVALID_ARG_TYPE('message', ['string', 'object', 'number', 'boolean'], message);
    }
    if (handle !== undefined && handle !== null) {
      if (!isSendableHandle(handle)) throw new ERR_INVALID_HANDLE_TYPE();
      throw new ERR_JNODE_UNSUPPORTED('Sending handles over IPC');
    }
    if (!this.connected) {
      const err = new ERR_IPC_CHANNEL_CLOSED();
      if (typeof callback === 'function') process.nextTick(callback, err);
      else process.nextTick(() => this.emit('error', err));
      return false;
    }
    return socket.write(codec.encode(message), callback === undefined ? undefined : (err) => callback(err ?? null));
  };

  target.disconnect = function disconnect() {
    if (!this.connected) {
      this.emit('error', new ERR_IPC_DISCONNECTED());
      return;
    }
    this.connected = false;
    this.channel = null;
    // What was sent still goes out before the channel closes (both ways: the peer sees its end at once).
    socket.end(() => socket.destroy());
    process.nextTick(() => this.emit('disconnect'));
  };
  return socket;
}

// In a child started with an IPC channel: process.send/'message'/disconnect over the descriptor the parent gave.
// The channel keeps the process alive only while someone listens for 'message' or 'disconnect', as in Node.
function setupChildChannel() {
  const fd = Number(process.env.NODE_CHANNEL_FD);
  const serialization = process.env.NODE_CHANNEL_SERIALIZATION_MODE || 'json';
  delete process.env.NODE_CHANNEL_FD;
  delete process.env.NODE_CHANNEL_SERIALIZATION_MODE;
  if (!Number.isInteger(fd) || fd < 0) return;
  const { Socket } = require('internal/net/socket');
  const socket = new Socket({ fd, readable: true, writable: true });
  setupChannel(process, socket, serialization);
  const listening = () => process.listenerCount('message') + process.listenerCount('disconnect') > 0;
  const updateRef = () => (listening() ? socket.ref() : socket.unref());
  socket.unref();
  process.on('newListener', (event) => {
    if (event === 'message' || event === 'disconnect') socket.ref();
  });
  process.on('removeListener', (event) => {
    if (event === 'message' || event === 'disconnect') process.nextTick(updateRef);
  });
}

module.exports = { setupChannel, setupChildChannel };

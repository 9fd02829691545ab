'use strict';
// node:dgram: UDP sockets over internalBinding('udp') (a Netty datagram channel on the JS thread's loop).
// Every address goes through a lookup first (a literal answers itself on the next tick), so bind, connect
// and send complete asynchronously, as in Node; what is asked for while a socket binds (send, connect,
// close) waits for its 'listening'.

const EventEmitter = require('events');
const { Buffer } = require('buffer');
const { bufferFromHost } = require('internal/buffer');
const { isArrayBufferView } = require('internal/util/types');
const {
  codes: {
    ERR_BUFFER_OUT_OF_BOUNDS, ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE, ERR_IP_BLOCKED, ERR_JNODE_UNSUPPORTED, ERR_MISSING_ARGS,
    ERR_SOCKET_ALREADY_BOUND, ERR_SOCKET_BAD_BUFFER_SIZE, ERR_SOCKET_BAD_TYPE, ERR_SOCKET_BUFFER_SIZE,
    ERR_SOCKET_DGRAM_IS_CONNECTED, ERR_SOCKET_DGRAM_NOT_CONNECTED, ERR_SOCKET_DGRAM_NOT_RUNNING,
  },
  errnoException,
  exceptionWithHostPort,
} = require('internal/errors');
const {
  isInt32, validateAbortSignal, validateFunction, validateNumber, validateObject, validatePort, validateString,
  validateUint32,
} = require('internal/validators');
const { bindToCurrentFrame } = require('internal/async_context_frame');
const { unsupportedFunctions } = require('internal/unsupported');
const udpSocketChannel = require('diagnostics_channel').channel('udp.socket');

const SENT = 1;
const QUEUED = 0;
const EBADF = -9;

const UNBOUND = 0;
const BINDING = 1;
const BOUND = 2;
const DISCONNECTED = 0;
const CONNECTING = 1;
const CONNECTED = 2;

const families = {
  udp4: { ipv6: false, family: 4, any: '0.0.0.0', loopback: '127.0.0.1' },
  udp6: { ipv6: true, family: 6, any: '::', loopback: '::1' },
};

const bufferTypes = ['Buffer', 'TypedArray', 'DataView', 'string'];
let nextSendId = 0;

class Socket extends EventEmitter {
  #handle;
  #family;
  #lookup;
  #options;
  #bindState = UNBOUND;
  #connectState = DISCONNECTED;
  // Work asked for while binding, run in order once 'listening' is emitted (dropped on an 'error').
  #waiting = null;
  #pendingSends = new Map();

  constructor(type, listener = undefined) {
    super();
    let options = {};
    if (type !== null && typeof type === 'object') {
      options = type;
      type = options.type;
      if (options.recvBufferSize) validateUint32(options.recvBufferSize, 'options.recvBufferSize');
      if (options.sendBufferSize) validateUint32(options.sendBufferSize, 'options.sendBufferSize');
      for (const name of ['receiveBlockList', 'sendBlockList']) {
        if (options[name] !== undefined) {
          require('internal/blocklist').validateBlockList(options[name], `options.${name}`);
        }
      }
    }
    const lookup = options.lookup ?? require('dns').lookup;
    validateFunction(lookup, 'lookup');
    if (!Object.hasOwn(families, type)) throw new ERR_SOCKET_BAD_TYPE();
    this.#family = families[type];
    this.#lookup = (address, callback) => lookup(address || this.#family.loopback, this.#family.family, callback);
    this.#options = options;
    this.#handle = internalBinding('udp').create(this.#family.ipv6,
      bindToCurrentFrame((kind, a, b) => this.#onHandleEvent(kind, a, b)));
    this.type = type;
    if (typeof listener === 'function') this.on('message', listener);

    if (options.signal !== undefined) {
      const { signal } = options;
      validateAbortSignal(signal, 'options.signal');
      const onAbort = () => {
        if (this.#handle !== null) this.close();
      };
      if (signal.aborted) {
        onAbort();
      } else {
        signal.addEventListener('abort', onAbort, { once: true });
        this.once('close', () => signal.removeEventListener('abort', onAbort));
      }
    }
    if (udpSocketChannel.hasSubscribers) udpSocketChannel.publish({ socket: this });
  }

  // bind([port][, address][, callback]) or bind(options[, callback]).
  bind(...args) {
    this.#checkOpen();
    if (this.#bindState !== UNBOUND) throw new ERR_SOCKET_ALREADY_BOUND();
    let [port, address] = args;
    let exclusive = false;
    if (port !== null && typeof port === 'object') {
      if (typeof port.recvStart === 'function' || (isInt32(port.fd) && port.fd > 0)) {
        throw new ERR_JNODE_UNSUPPORTED('dgram.Socket.bind to an existing handle or descriptor');
      }
      exclusive = Boolean(port.exclusive);
      address = port.address;
      port = port.port;
    } else if (typeof address === 'function') {
      address = undefined;
    }
    // Node's cluster workers share one UDP socket through the primary unless exclusive; jnode cannot send UDP
    // sockets between processes yet.
    if (!exclusive && require('cluster').isWorker) {
      throw new ERR_JNODE_UNSUPPORTED('Sharing a UDP socket between cluster workers (bind with exclusive: true)');
    }
    this.#bindState = BINDING;
    const callback = args[args.length - 1];
    if (typeof callback === 'function') this.#callOnListening(callback);

    this.#lookup(address || this.#family.any, (err, ip) => {
      if (this.#handle === null) return; // closed meanwhile
      if (err) {
        this.#bindState = UNBOUND;
        this.emit('error', err);
        return;
      }
      // Not validated, as in Node: converted to an integer ('abc' is 0) whose low 16 bits are the port.
      const errno = this.#bindHandle(ip, (port || 0) & 0xffff);
      if (errno !== 0) {
        this.emit('error', exceptionWithHostPort(errno, 'bind', ip, port));
        return;
      }
      this.emit('listening');
    });
    return this;
  }

  // bind(2) needs no lookup for a literal, so this one is synchronous; 'listening' follows on the next tick.
  bindSync(options = {}) {
    this.#checkOpen();
    validateObject(options, 'options');
    if (this.#bindState !== UNBOUND) throw new ERR_SOCKET_ALREADY_BOUND();
    const port = validatePort(options.port ?? 0, 'options.port');
    const address = options.address ? literalOnly(options.address, 'options.address', 'bindSync') : this.#family.any;
    const errno = this.#bindHandle(address, port);
    if (errno !== 0) throw exceptionWithHostPort(errno, 'bind', address, port);
    process.nextTick(() => {
      if (this.#handle !== null) this.emit('listening');
    });
    return this.address();
  }

  // Binds the handle, which then receives; on success applies the buffer sizes asked for at creation.
  #bindHandle(ip, port) {
    const { reuseAddr, reusePort, ipv6Only, recvBufferSize, sendBufferSize } = this.#options;
    this.#bindState = BINDING;
    const errno = this.#handle.bind(ip, port, Boolean(reuseAddr), Boolean(reusePort), Boolean(ipv6Only));
    if (errno !== 0) {
      this.#bindState = UNBOUND;
      return errno;
    }
    this.#bindState = BOUND;
    if (recvBufferSize) this.#bufferSize(recvBufferSize, true);
    if (sendBufferSize) this.#bufferSize(sendBufferSize, false);
    return 0;
  }

  // The bind callback runs on 'listening'; an error before that cancels it (and is reported as usual).
  #callOnListening(callback) {
    const onListening = () => {
      this.removeListener(EventEmitter.errorMonitor, onFailure);
      callback.call(this);
    };
    const onFailure = () => this.removeListener('listening', onListening);
    this.once(EventEmitter.errorMonitor, onFailure);
    this.once('listening', onListening);
  }

  #whenBound(work) {
    if (this.#waiting === null) {
      this.#waiting = [];
      const runWaiting = () => {
        this.removeListener(EventEmitter.errorMonitor, dropWaiting);
        const waiting = this.#waiting;
        this.#waiting = null;
        for (const run of waiting) run();
      };
      const dropWaiting = () => {
        this.removeListener('listening', runWaiting);
        this.#waiting = null;
      };
      this.once(EventEmitter.errorMonitor, dropWaiting);
      this.once('listening', runWaiting);
    }
    this.#waiting.push(work);
  }

  // A socket bound implicitly (by send or connect) takes any port on every interface.
  #bindIfUnbound() {
    if (this.#bindState === UNBOUND) this.bind({ port: 0 }, null);
  }

  connect(port, address = '', callback = undefined) {
    port = validatePort(port, 'Port', false);
    if (typeof address === 'function') {
      callback = address;
      address = '';
    }
    validateString(address, 'address');
    if (this.#connectState !== DISCONNECTED) throw new ERR_SOCKET_DGRAM_IS_CONNECTED();
    this.#connectState = CONNECTING;
    this.#bindIfUnbound();
    if (this.#bindState !== BOUND) {
      this.#whenBound(() => this.#connectNow(port, address, callback));
    } else {
      this.#connectNow(port, address, callback);
    }
  }

  #connectNow(port, address, callback) {
    this.#checkOpen();
    if (callback) this.once('connect', callback);
    this.#lookup(address, (lookupError, ip) => {
      if (this.#handle === null) return;
      let err = lookupError;
      if (!err) {
        const errno = this.#handle.connect(ip, port);
        if (errno !== 0) err = exceptionWithHostPort(errno, 'connect', address, port);
      }
      if (err) {
        this.#connectState = DISCONNECTED;
        process.nextTick(() => {
          if (!callback) {
            this.emit('error', err);
            return;
          }
          this.removeListener('connect', callback);
          callback(err);
        });
        return;
      }
      this.#connectState = CONNECTED;
      process.nextTick(() => this.emit('connect'));
    });
  }

  connectSync(port, address = undefined) {
    this.#checkOpen();
    port = validatePort(port, 'Port', false);
    if (this.#connectState !== DISCONNECTED) throw new ERR_SOCKET_DGRAM_IS_CONNECTED();
    if (address == null || address === '') address = this.#family.loopback;
    else literalOnly(address, 'address', 'connectSync');
    if (this.#bindState === UNBOUND) this.bindSync();
    else if (this.#bindState !== BOUND) throw new ERR_SOCKET_ALREADY_BOUND();
    const errno = this.#handle.connect(address, port);
    if (errno !== 0) throw exceptionWithHostPort(errno, 'connect', address, port);
    this.#connectState = CONNECTED;
    process.nextTick(() => {
      if (this.#handle !== null) this.emit('connect');
    });
  }

  disconnect() {
    if (this.#connectState !== CONNECTED) throw new ERR_SOCKET_DGRAM_NOT_CONNECTED();
    const errno = this.#handle.disconnect();
    if (errno !== 0) throw errnoException(errno, 'connect');
    this.#connectState = DISCONNECTED;
  }

  // Unconnected: send(msg[, offset, length], port[, address][, callback]).
  // Connected: send(msg[, offset, length][, callback]).
  send(message, ...rest) {
    const connected = this.#connectState === CONNECTED;
    const parsed = connected ? connectedSendArguments(message, rest) : unconnectedSendArguments(message, rest);
    const list = messageParts(parsed.message);
    let { port, address, callback } = parsed;
    if (!connected) port = validatePort(port, 'Port', false);
    if (typeof address === 'function') {
      callback = address;
      address = undefined;
    } else if (address != null) {
      validateString(address, 'address');
    }
    if (typeof callback !== 'function') callback = undefined;
    this.#checkOpen();
    this.#bindIfUnbound();
    if (this.#bindState !== BOUND) {
      this.#whenBound(() => this.#sendNow(list, port, address, callback, connected));
    } else {
      this.#sendNow(list, port, address, callback, connected);
    }
  }

  #sendNow(list, port, address, callback, connected) {
    const afterLookup = (err, ip) => {
      if (err) {
        if (callback) process.nextTick(callback, err);
        else process.nextTick(() => this.emit('error', err));
        return;
      }
      if (this.#handle === null) return;
      const destination = connected ? this.remoteAddress().address : ip;
      if (this.#options.sendBlockList?.check(destination, `ipv${this.#family.family}`)) {
        // Reported only to a callback, like a failed send.
        if (callback) process.nextTick(callback, new ERR_IP_BLOCKED(destination));
        return;
      }
      const message = list.length === 1 ? list[0] : Buffer.concat(list);
      const id = ++nextSendId;
      const result = this.#handle.send(message.buffer, message.byteOffset, message.byteLength,
        connected ? null : ip, connected ? 0 : port, id);
      // Without a callback a failed send goes unreported, as in Node.
      if (callback === undefined) return;
      if (result === SENT) {
        process.nextTick(callback, null, message.byteLength);
      } else if (result === QUEUED) {
        this.#pendingSends.set(id, { callback, address, port, length: message.byteLength });
      } else {
        process.nextTick(callback, exceptionWithHostPort(result, 'send', address, port));
      }
    };
    if (connected) afterLookup(null, null);
    else this.#lookup(address, afterLookup);
  }

  // The legacy form: every place given, each type checked.
  sendto(buffer, offset, length, port, address, callback) {
    for (const [value, name] of [[offset, 'offset'], [length, 'length'], [port, 'port']]) validateNumber(value, name);
    validateString(address, 'address');
    this.send(buffer, offset, length, port, address, callback);
  }

  #onHandleEvent(kind, a, b) {
    if (kind === 'message') {
      // A blocked sender's datagram is dropped unseen.
      if (this.#options.receiveBlockList?.check(b[0], b[1].toLowerCase())) return;
      const message = bufferFromHost(a);
      this.emit('message', message, { address: b[0], family: b[1], port: b[2], size: message.length });
    } else if (kind === 'error') {
      this.emit('error', errnoException(-a, 'recvmsg'));
    } else if (kind === 'sent') {
      const pending = this.#pendingSends.get(a);
      if (pending === undefined) return;
      this.#pendingSends.delete(a);
      if (b === 0) pending.callback(null, pending.length);
      else pending.callback(exceptionWithHostPort(-b, 'send', pending.address, pending.port));
    }
  }

  close(callback = undefined) {
    if (typeof callback === 'function') this.on('close', callback);
    if (this.#waiting !== null) {
      this.#waiting.push(() => this.close());
      return this;
    }
    this.#checkOpen();
    this.#handle.close();
    this.#handle = null;
    process.nextTick(() => this.emit('close'));
    return this;
  }

  async [Symbol.asyncDispose]() {
    if (this.#handle === null) return;
    await new Promise((resolve) => this.close(resolve));
  }

  address() {
    this.#checkOpen();
    return describeAddress(this.#handle.localAddress(), 'getsockname');
  }

  remoteAddress() {
    this.#checkOpen();
    if (this.#connectState !== CONNECTED) throw new ERR_SOCKET_DGRAM_NOT_CONNECTED();
    return describeAddress(this.#handle.remoteAddress(), 'getpeername');
  }

  // The option setters below use the handle without checking it first, as Node's do: on a closed socket
  // they throw a TypeError.
  setBroadcast(flag) {
    throwIfFailed(this.#handle.setBroadcast(Boolean(flag)), 'setBroadcast');
  }

  setTTL(ttl) {
    validateNumber(ttl, 'ttl');
    throwIfFailed(this.#handle.setTTL(ttl | 0), 'setTTL');
    return ttl;
  }

  setMulticastTTL(ttl) {
    validateNumber(ttl, 'ttl');
    throwIfFailed(this.#handle.setMulticastTTL(ttl | 0), 'setMulticastTTL');
    return ttl;
  }

  setMulticastLoopback(flag) {
    throwIfFailed(this.#handle.setMulticastLoopback(flag ? 1 : 0), 'setMulticastLoopback');
    return flag;
  }

  setMulticastInterface(interfaceAddress) {
    this.#checkOpen();
    validateString(interfaceAddress, 'interfaceAddress');
    throwIfFailed(this.#handle.setMulticastInterface(interfaceAddress), 'setMulticastInterface');
  }

  addMembership(multicastAddress, interfaceAddress = undefined) {
    this.#changeMembership(multicastAddress, interfaceAddress, true, 'addMembership');
  }

  dropMembership(multicastAddress, interfaceAddress = undefined) {
    this.#changeMembership(multicastAddress, interfaceAddress, false, 'dropMembership');
  }

  #changeMembership(multicastAddress, interfaceAddress, join, syscall) {
    this.#checkOpen();
    if (!multicastAddress) throw new ERR_MISSING_ARGS('multicastAddress');
    throwIfFailed(this.#handle.setMembership(`${multicastAddress}`, optionalText(interfaceAddress), join), syscall);
  }

  addSourceSpecificMembership(sourceAddress, groupAddress, interfaceAddress = undefined) {
    this.#changeSourceMembership(sourceAddress, groupAddress, interfaceAddress, true, 'addSourceSpecificMembership');
  }

  dropSourceSpecificMembership(sourceAddress, groupAddress, interfaceAddress = undefined) {
    this.#changeSourceMembership(sourceAddress, groupAddress, interfaceAddress, false,
      'dropSourceSpecificMembership');
  }

  #changeSourceMembership(sourceAddress, groupAddress, interfaceAddress, join, syscall) {
    this.#checkOpen();
    validateString(sourceAddress, 'sourceAddress');
    validateString(groupAddress, 'groupAddress');
    throwIfFailed(this.#handle.setSourceMembership(sourceAddress, groupAddress, optionalText(interfaceAddress), join),
      syscall);
  }

  ref() {
    this.#handle?.ref();
    return this;
  }

  unref() {
    this.#handle?.unref();
    return this;
  }

  setRecvBufferSize(size) {
    this.#bufferSize(size, true);
  }

  setSendBufferSize(size) {
    this.#bufferSize(size, false);
  }

  getRecvBufferSize() {
    return this.#bufferSize(0, true);
  }

  getSendBufferSize() {
    return this.#bufferSize(0, false);
  }

  // Size 0 reads the kernel's value (Linux doubles what was set); any other size sets it.
  #bufferSize(size, receive) {
    if (size >>> 0 !== size) throw new ERR_SOCKET_BAD_BUFFER_SIZE();
    const result = this.#handle.bufferSize(size, receive);
    if (result < 0) throw new ERR_SOCKET_BUFFER_SIZE(result, receive ? 'uv_recv_buffer_size' : 'uv_send_buffer_size');
    return result;
  }

  getSendQueueSize() {
    return this.#handle.sendQueueSize();
  }

  getSendQueueCount() {
    return this.#handle.sendQueueCount();
  }

  #checkOpen() {
    if (this.#handle === null) throw new ERR_SOCKET_DGRAM_NOT_RUNNING();
  }
}

function literalOnly(address, name, method) {
  validateString(address, name);
  if (require('net').isIP(address) === 0) {
    throw new ERR_INVALID_ARG_VALUE(name, address,
      `must be a numeric IP address; ${method} does not perform DNS resolution`);
  }
  return address;
}

// The region [offset, offset + length) of one message (both read as uint32, as Node does).
function sliceOf(buffer, offset, length) {
  if (typeof buffer === 'string') buffer = Buffer.from(buffer);
  else if (!isArrayBufferView(buffer)) throw new ERR_INVALID_ARG_TYPE('buffer', bufferTypes, buffer);
  offset >>>= 0;
  length >>>= 0;
  if (offset > buffer.byteLength) throw new ERR_BUFFER_OUT_OF_BOUNDS('offset');
  if (offset + length > buffer.byteLength) throw new ERR_BUFFER_OUT_OF_BOUNDS('length');
  return Buffer.from(buffer.buffer, buffer.byteOffset + offset, length);
}

// Without a connection the range form is meant when a port or an address follows the range (a truthy address,
// or a truthy port that is not the callback); otherwise the arguments are (port, address, callback).
function unconnectedSendArguments(message, [offset, length, port, address, callback]) {
  const ranged = Boolean(address) || (Boolean(port) && typeof port !== 'function');
  if (!ranged) return { message, port: offset, address: length, callback: port };
  return { message: sliceOf(message, offset, length), port, address, callback };
}

// With a connection a numeric third argument means a range; a destination given anyway is an error.
function connectedSendArguments(message, [offset, length, port, address, callback]) {
  let parsed;
  if (typeof length !== 'number') {
    parsed = { message, callback: offset, destination: port };
  } else if (typeof port === 'function') {
    parsed = { message: sliceOf(message, offset, length), callback: port };
  } else {
    parsed = { message: sliceOf(message, offset, length), callback, destination: port };
  }
  if (parsed.destination || address) throw new ERR_SOCKET_DGRAM_IS_CONNECTED();
  return { message: parsed.message, address, callback: parsed.callback };
}

// A message as a list of byte views (an array's strings encoded now); at least one, possibly empty.
function messageParts(message) {
  let parts;
  if (Array.isArray(message)) {
    parts = message.map(asBytes);
    if (parts.includes(null)) throw new ERR_INVALID_ARG_TYPE('buffer list arguments', bufferTypes, message);
  } else if (typeof message === 'string' || isArrayBufferView(message)) {
    parts = [typeof message === 'string' ? Buffer.from(message) : message];
  } else {
    throw new ERR_INVALID_ARG_TYPE('buffer', bufferTypes, message);
  }
  if (parts.length === 0) parts.push(Buffer.alloc(0));
  return parts;
}

function asBytes(part) {
  if (typeof part === 'string') return Buffer.from(part);
  if (Buffer.isBuffer(part)) return part;
  return isArrayBufferView(part) ? Buffer.from(part.buffer, part.byteOffset, part.byteLength) : null;
}

function describeAddress(triple, syscall) {
  if (triple == null) throw errnoException(EBADF, syscall);
  return { address: triple[0], family: triple[1], port: triple[2] };
}

function throwIfFailed(errno, syscall) {
  if (errno !== 0) throw errnoException(errno, syscall);
}

function optionalText(value) {
  return value === undefined || value === null ? null : `${value}`;
}

function createSocket(type, listener = undefined) {
  return new Socket(type, listener);
}

module.exports = {
  ...unsupportedFunctions('dgram', ['_createSocketHandle']),
  createSocket,
  Socket,
};

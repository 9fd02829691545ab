'use strict';
// net.Socket: a Duplex over a stream handle, the narrow interface every byte stream below JavaScript offers
// (readStart/readStop, write -> written at once | queued | -errno, close, ref/unref; events through one
// callback). Handles are descriptors (pipes and terminals: internalBinding('stdio')) or TCP connections
// (internalBinding('tcp'), made by connect() or handed over by a net.Server).

const { bufferFromHost } = require('internal/buffer');
const Duplex = require('internal/streams/duplex');
const {
  codes: { ERR_INVALID_FD_TYPE, ERR_SOCKET_CLOSED, ERR_SOCKET_CLOSED_BEFORE_CONNECTION },
  errnoException,
} = require('internal/errors');
const { validateInt32, validateNumber, validateFunction, validateString } = require('internal/validators');
const { bindToCurrentFrame } = require('internal/async_context_frame');

const kPendingWrites = Symbol('kPendingWrites');
const kBytesWritten = Symbol('kBytesWritten');
const kTimeout = Symbol('kTimeout');
const kTimeoutMs = Symbol('kTimeoutMs');
const kReadWanted = Symbol('kReadWanted'); // _read came while connecting
const kConnectWrite = Symbol('kConnectWrite'); // the write waiting for the connection
const kResetOnClose = Symbol('kResetOnClose'); // resetAndDestroy: close with an RST
const kShutdownCallback = Symbol('kShutdownCallback');

// What the handle's write() answers: done at once, or queued ("written" follows).
const WRITTEN = 1;
const QUEUED = 0;
let nextWriteId = 0;

// A handle for descriptor `fd`: pipes and sockets write without blocking, terminals synchronously (as libuv
// sets them up for stdio). The socket owns the descriptor, except stdio's, which stay open for the process.
function handleForFd(fd, onEvent) {
  const binding = internalBinding('stdio');
  const type = binding.handleType(fd);
  if (type !== 'PIPE' && type !== 'TTY') throw new ERR_INVALID_FD_TYPE(type);
  return binding.open(fd, type === 'PIPE', fd > 2, onEvent);
}

class SocketClass extends Duplex {
  constructor(options = undefined) {
    if (typeof options === 'number') options = { fd: options }; // Legacy form.
    else options = { ...options };
    for (const mode of ['objectMode', 'readableObjectMode', 'writableObjectMode']) {
      if (options[mode]) {
        const { codes: { ERR_INVALID_ARG_VALUE } } = require('internal/errors');
        throw new ERR_INVALID_ARG_VALUE(`options.${mode}`, options[mode], 'is not supported');
      }
    }
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
    this[kReadWanted] = false;
    this[kShutdownCallback] = null;
    this[kConnectWrite] = null;
    this._localAddress = null;
    this._localPort = 0;
    if (options.blockList !== undefined) {
      this.blockList = require('internal/blocklist').validateBlockList(options.blockList, 'options.blockList');
    }

    if (options.handle !== undefined) {
      // A connection a net.Server accepted (user code has no handles to give).
      this._handle = options.handle;
      this._handle.setOnEvent(this._eventsCallback());
    } else if (options.fd !== undefined) {
      validateInt32(options.fd, 'fd', 0);
      // The handle's events run in the async context the socket was made in (AsyncLocalStorage).
      this._handle = handleForFd(options.fd, this._eventsCallback());
    }

    this.on('end', onReadableEnd);
  }

  // Bytes handed to the handle, plus those still waiting in the stream or for the connection, as Node counts.
  get bytesWritten() {
    let bytes = this[kBytesWritten];
    const waiting = this.writableBuffer;
    if (!waiting) return undefined;
    for (const { chunk, encoding } of waiting) bytes += chunkLength(chunk, encoding);
    const held = this[kConnectWrite];
    if (held !== null) bytes += chunkLength(held.chunk, held.encoding);
    return bytes;
  }

  // The name Node's sockets had before `connecting`.
  get _connecting() {
    return this.connecting;
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

  // The handle's events run in the async context the socket was made in (AsyncLocalStorage).
  _eventsCallback() {
    return bindToCurrentFrame((kind, a, b) => this._onHandleEvent(kind, a, b));
  }

  _read() {
    if (this._handle !== null && !this.connecting) this._handle.readStart();
    else this[kReadWanted] = true;
  }

  _write(chunk, encoding, callback) {
    if (this.connecting) {
      // Held until connected; a socket closed first fails the write, as Node's does.
      this[kConnectWrite] = { chunk, encoding };
      const onClose = () => callback(new ERR_SOCKET_CLOSED_BEFORE_CONNECTION());
      this.once('close', onClose);
      this.once('connect', () => {
        this.removeListener('close', onClose);
        this[kConnectWrite] = null;
        this._write(chunk, encoding, callback);
      });
      return;
    }
    if (this._handle === null) {
      callback(new ERR_SOCKET_CLOSED());
      return;
    }
    const buffer = typeof chunk === 'string' ? Buffer.from(chunk, encoding) : chunk;
    this._touch();
    const id = ++nextWriteId;
    const result = this._handle.write(buffer.buffer, buffer.byteOffset, buffer.byteLength, id);
    if (result === WRITTEN || result === QUEUED) this[kBytesWritten] += buffer.byteLength;
    if (result === WRITTEN) {
      callback();
    } else if (result === QUEUED) {
      this[kPendingWrites].set(id, { callback });
    } else {
      callback(errnoException(result, 'write'));
    }
  }

  // What a cork() held back leaves in one handle write (one syscall: an http response's head and body
  // travel together, as libuv's writev sends them).
  _writev(requests, callback) {
    const buffers = requests.map(({ chunk, encoding }) =>
      (typeof chunk === 'string' ? Buffer.from(chunk, encoding) : chunk));
    this._write(Buffer.concat(buffers), 'buffer', callback);
  }

  // Writable calls _final once every write completed: a descriptor has nothing more to flush; a TCP
  // connection sends its FIN and finishes when that is done.
  _final(callback) {
    if (this.connecting) {
      this.once('connect', () => this._final(callback));
    } else if (typeof this._handle?.shutdown === 'function') {
      this[kShutdownCallback] = callback;
      this._shutdown();
    } else {
      callback();
    }
  }

  // Sends the FIN once what was written has gone (a TLS socket says close_notify first); "shutdown" follows.
  _shutdown() {
    this._handle.shutdown();
  }

  // Also reached from the constructor, before the fields below exist (a signal already aborted).
  _destroy(err, callback) {
    this._clearTimer();
    if (this._handle) {
      if (this[kResetOnClose]) this._handle.reset();
      else this._handle.close();
      this._handle = null;
    }
    this[kResetOnClose] = false;
    this[kPendingWrites]?.clear();
    if (this._server) this._server._connectionGone();
    callback(err);
    process.nextTick(emitCloseWithError, this, err != null);
  }

  _onHandleEvent(kind, a, b) {
    if (kind === 'data') {
      const chunk = a instanceof Uint8Array ? a : bufferFromHost(a); // a JavaScript stream's handle gives Buffers
      this.bytesRead += chunk.length;
      this._touch();
      // Stop taking bytes from the kernel while the buffer is full: the writer feels the backpressure.
      if (!this.push(chunk) && this._handle !== null) this._handle.readStop();
    } else if (kind === 'end') {
      this.push(null);
      this.read(0);
    } else if (kind === 'error') {
      this.destroy(errnoException(-a, 'read'));
    } else if (kind === 'connect') {
      this._afterConnect(a);
    } else if (kind === 'shutdown') {
      const callback = this[kShutdownCallback];
      this[kShutdownCallback] = null;
      callback?.(); // a late failure (the peer is gone already) is not an error, as in Node
    } else if (kind === 'written') {
      const pending = this[kPendingWrites].get(a);
      if (pending === undefined) return;
      this[kPendingWrites].delete(a);
      if (b !== 0) {
        pending.callback(errnoException(-b, 'write'));
      } else {
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

  setNoDelay(noDelay = true) {
    this._handle?.setNoDelay?.(Boolean(noDelay));
    return this;
  }

  setKeepAlive(enable = false, initialDelay = 0) {
    // Whole seconds as a 32-bit integer, as Node converts them: Infinity and NaN become 0 (the system's default).
    this._handle?.setKeepAlive?.(Boolean(enable), (Number(initialDelay) / 1000) | 0);
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
    this.timeout = ms;
    this._clearTimer();
    this._touch();
    return this;
  }

  // Activity restarts the idle timer that 'timeout' reports: the armed timer is refreshed (it happens on every
  // read and write), a new one is made only after setTimeout() changed the delay or the last one fired.
  _touch() {
    if (this[kTimeoutMs] > 0 && !this.destroyed) {
      if (this[kTimeout] !== null) {
        this[kTimeout].refresh();
        return;
      }
      this[kTimeout] = setTimeout(() => {
        this[kTimeout] = null;
        this.emit('timeout');
      }, this[kTimeoutMs]);
      this[kTimeout].unref();
    } else {
      this._clearTimer();
    }
  }

  _clearTimer() {
    if (this[kTimeout] !== null) {
      clearTimeout(this[kTimeout]);
      this[kTimeout] = null;
    }
  }

  address() {
    return describeAddress(this._handle?.localAddress?.()) ?? {};
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

  // Closes with a TCP RST (the peer sees ECONNRESET) once connected; a socket without a connection errors.
  resetAndDestroy() {
    if (this._handle === null) {
      this.destroy(new ERR_SOCKET_CLOSED());
    } else if (this.connecting) {
      this.once('connect', () => this._reset());
    } else {
      this._reset();
    }
    return this;
  }

  _reset() {
    this[kResetOnClose] = true;
    return this.destroy();
  }

  connect(...args) {
    const [options, callback] = normalizeConnectArgs(args);
    if (this.destroyed) {
      // A closed socket may connect again, as in Node.
      // Counters are per connection (Node keeps them on the handle).
      this._handle = null;
      this.bytesRead = 0;
      this[kBytesWritten] = 0;
      this._undestroy();
    }
    // The previous connection's end may have left writes failing (writeAfterFIN).
    if (Object.hasOwn(this, 'write')) delete this.write;
    // A path (any truthy one: agents pass path: null) means a Unix socket.
    if (options.path) {
      validateString(options.path, 'options.path');
      rejectAbstractName(options.path);
      if (callback !== undefined) this.once('connect', callback);
      this.connecting = true;
      this._startConnect(options.path, undefined, [], internalBinding('tcp').connectPath(options.path));
      return this;
    }
    if (options.port === undefined) {
      const { codes: { ERR_MISSING_ARGS } } = require('internal/errors');
      throw new ERR_MISSING_ARGS(['options', 'port', 'path']);
    }
    const port = validatePort(options.port);
    if (options.host !== undefined && options.host !== null) validateString(options.host, 'options.host');
    const host = options.host ?? 'localhost';
    this._setLocalEnd(options);
    if (callback !== undefined) this.once('connect', callback);
    this.connecting = true;
    this._host = host;
    const family = isIP(host);
    if (family !== 0) {
      this._connectTo([host, family], port);
      return this;
    }
    // Names go through dns.lookup (or the `lookup` option), looked up when called so that patching it works.
    const lookup = options.lookup ?? require('dns').lookup;
    if (options.lookup != null) validateFunction(options.lookup, 'options.lookup');
    const dnsFamily = options.family === 'IPv4' ? 4 : options.family === 'IPv6' ? 6 : options.family;
    let hints = options.hints || 0;
    const emitLookup = (err, address, family) => this.emit('lookup', err, address, family, host);
    if (dnsFamily === 4 || dnsFamily === 6) {
      lookup(host, { family: dnsFamily, hints }, (err, address, family) => {
        if (this.destroyed) return;
        emitLookup(err, address, family);
        if (err) this.destroy(err);
        else this._connectToLookedUp([{ address, family }], port);
      });
      return this;
    }
    // Without a family Node asks for every address (autoSelectFamily), of the configured families only.
    if (hints === 0) hints = ADDRCONFIG;
    lookup(host, { family: dnsFamily, hints, all: true }, (err, addresses, family) => {
      // A custom lookup may answer in the single-address form anyway.
      if (typeof addresses === 'string') addresses = [{ address: addresses, family }];
      if (this.destroyed) return;
      if (err) {
        emitLookup(err);
        this.destroy(err);
        return;
      }
      const [first] = addresses;
      if (first !== undefined) emitLookup(null, first.address, first.family);
      this._connectToLookedUp(addresses, port);
    });
    return this;
  }

  // The localAddress/localPort connect options: where this end binds before connecting.
  _setLocalEnd({ localAddress, localPort }) {
    const { codes: { ERR_INVALID_IP_ADDRESS } } = require('internal/errors');
    if (localAddress !== undefined && localAddress !== null && isIP(localAddress) === 0) {
      throw new ERR_INVALID_IP_ADDRESS(localAddress);
    }
    if (localPort !== undefined && localPort !== null) validateNumber(localPort, 'options.localPort');
    this._localAddress = localAddress ?? null;
    this._localPort = localPort ?? 0;
  }

  // Connects to what a lookup found, which must be IP addresses.
  _connectToLookedUp(entries, port) {
    const { codes: { ERR_INVALID_IP_ADDRESS } } = require('internal/errors');
    const invalid = entries.find((entry) => isIP(entry.address) === 0);
    if (invalid !== undefined) {
      this.destroy(new ERR_INVALID_IP_ADDRESS(invalid.address));
      return;
    }
    this._connectTo(entries.flatMap((entry) => [entry.address, entry.family]), port);
  }

  // Tries the addresses in turn until one accepts (a sequential stand-in for Node's autoSelectFamily).
  _connectTo(addresses, port) {
    const [address, family] = addresses;
    if (this.blockList?.check(address, `ipv${family}`)) {
      if (addresses.length > 2) {
        this._connectTo(addresses.slice(2), port);
      } else {
        const { codes: { ERR_IP_BLOCKED } } = require('internal/errors');
        this.destroy(new ERR_IP_BLOCKED(address));
      }
      return;
    }
    const local = this._localEnd(family);
    this._startConnect(address, port, addresses.slice(2),
      internalBinding('tcp').connect(address, port, local?.address ?? null, this._localPort));
  }

  // `address` (an IP with `port`, or a Unix path) is being connected to by `handle`; `rest` are the fallbacks.
  _startConnect(address, port, rest, handle) {
    this._connectAddress = address;
    this._pendingPort = port;
    this._pendingAddresses = rest;
    this._handle = handle;
    this._handle.setOnEvent(this._eventsCallback());
  }

  // Where this end binds for the localAddress/localPort options (the family's any-address when only a port is
  // given), or null to let the kernel choose.
  _localEnd(family) {
    if (this._localAddress === null && !this._localPort) return null;
    return { address: this._localAddress ?? (family === 6 ? '::' : '0.0.0.0'), port: this._localPort };
  }

  _afterConnect(errno) {
    if (this.destroyed) return;
    if (errno !== 0) {
      const rest = this._pendingAddresses;
      this._handle.close();
      this._handle = null;
      if (rest.length > 0) {
        this._connectTo(rest, this._pendingPort);
        return;
      }
      const { exceptionWithHostPort } = require('internal/errors');
      // Node names the local end only when a local port was asked for.
      const local = this._pendingPort === undefined ? null : this._localEnd(isIP(this._connectAddress));
      const named = local !== null && local.port !== 0;
      const err = exceptionWithHostPort(-errno, 'connect', this._connectAddress, this._pendingPort,
        named ? `${local.address}:${local.port}` : undefined);
      if (named) {
        err.localAddress = local.address;
        err.localPort = local.port;
      }
      this.destroy(err);
      return;
    }
    this.connecting = false;
    this._touch();
    this.emit('connect');
    this.emit('ready');
    if (this[kReadWanted]) {
      this[kReadWanted] = false;
      this._handle.readStart();
    } else if (!this.isPaused()) {
      this.read(0); // the first read, or an immediate EOF; takes no bytes
    }
  }
}

// connect(options[, cb]), connect(port[, host][, cb]) or connect(path[, cb]).
function normalizeConnectArgs(args) {
  const callback = typeof args[args.length - 1] === 'function' ? args[args.length - 1] : undefined;
  const [first, second] = args;
  if (first !== null && typeof first === 'object') return [first, callback];
  if (typeof first === 'string' && !/^\d+$/.test(first)) return [{ path: first }, callback];
  return [{ port: first, host: typeof second === 'string' ? second : undefined }, callback];
}

function chunkLength(chunk, encoding) {
  return typeof chunk === 'string' ? Buffer.byteLength(chunk, encoding) : chunk.length;
}

// Linux's abstract socket names (a leading NUL) have no file; Netty's domain sockets cannot bind or reach them.
function rejectAbstractName(path) {
  if (path.startsWith('\0')) {
    const { codes: { ERR_JNODE_UNSUPPORTED } } = require('internal/errors');
    throw new ERR_JNODE_UNSUPPORTED('net: abstract Unix socket names');
  }
}

function validatePort(port) {
  const { codes: { ERR_SOCKET_BAD_PORT } } = require('internal/errors');
  const number = typeof port === 'string' && port.trim() !== '' ? Number(port) : port;
  if (typeof number !== 'number' || !Number.isInteger(number) || number < 0 || number > 65535) {
    throw new ERR_SOCKET_BAD_PORT('Port', port);
  }
  return number;
}

const ADDRCONFIG = 32; // dns.ADDRCONFIG

function isIP(host) {
  return require('net').isIP(host);
}

function describeAddress(triple) {
  if (triple == null) return null;
  return { address: triple[0], family: triple[1], port: triple[2] };
}

// localAddress/localPort/localFamily and remote*: parts of the handle's [address, family, port] for that end.
for (const end of ['local', 'remote']) {
  for (const [suffix, index] of [['Address', 0], ['Family', 1], ['Port', 2]]) {
    Object.defineProperty(SocketClass.prototype, `${end}${suffix}`, {
      __proto__: null,
      enumerable: true, // as Node's
      get() {
        return this._handle?.[`${end}Address`]?.()?.[index];
      },
    });
  }
}

// Without allowHalfOpen, the end of reading ends writing too: Duplex calls end() a tick later (an 'end'
// listener may still end with a last chunk); writes after that are errors.
function onReadableEnd() {
  if (!this.allowHalfOpen) this.write = writeAfterFIN;
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

// net.Socket(...) works without `new` in Node (net.Stream({ ... }) too): a function in front of the class, which
// subclasses (TLSSocket) extend as they would the class.
function Socket(options) {
  return Reflect.construct(SocketClass, [options], new.target ?? Socket);
}
Socket.prototype = SocketClass.prototype;
Object.defineProperty(Socket.prototype, 'constructor', { __proto__: null, value: Socket, writable: true, configurable: true });
Object.setPrototypeOf(Socket, Duplex);

module.exports = { Socket, describeAddress, validatePort, rejectAbstractName };

'use strict';
// net.Server: a listening TCP handle (internalBinding('tcp')) whose accepted connections become net.Sockets.

const EventEmitter = require('events');
const { codes: { ERR_SERVER_ALREADY_LISTEN, ERR_SERVER_NOT_RUNNING }, uvErrmapGet } =
  require('internal/errors');
const { bindToCurrentFrame } = require('internal/async_context_frame');
const { validateAbortSignal, validateString } = require('internal/validators');
const { Socket, describeAddress, validatePort, rejectAbstractName } = require('internal/net/socket');

const kConnections = Symbol('kConnections');
const kWhenClosed = Symbol('kWhenClosed');
// Set while listen() waits for its host's lookup; close() clears it, and then the lookup's answer is dropped.
const kLookingUp = Symbol('kLookingUp');
const kUnref = Symbol('kUnref');

// A function, not a class: net.Server(...) works without `new`, and subclasses call it on their instance
// (http.Server does), as in Node.
function Server(options = undefined, connectionListener = undefined) {
  if (!(this instanceof Server)) return new Server(options, connectionListener);
  EventEmitter.call(this);
  if (typeof options === 'function') {
    connectionListener = options;
    options = {};
  }
  options ??= {};
  for (const flag of ['allowHalfOpen', 'pauseOnConnect', 'noDelay', 'keepAlive']) this[flag] = Boolean(options[flag]);
  this.keepAliveInitialDelay = ~~((options.keepAliveInitialDelay ?? 0) / 1000); // whole seconds, as Node keeps it
  this.maxConnections = undefined;
  if (options.blockList !== undefined) {
    this.blockList = require('internal/blocklist').validateBlockList(options.blockList, 'options.blockList');
  }
  this._handle = null;
  this[kConnections] = 0;
  this[kWhenClosed] = false;
  if (connectionListener !== undefined) this.on('connection', connectionListener);
}
Object.setPrototypeOf(Server.prototype, EventEmitter.prototype);
Object.setPrototypeOf(Server, EventEmitter);

const serverMethods = {
  get listening() {
    return this._handle !== null;
  },

  // listen([port[, host[, backlog]]][, callback]) or listen(options[, callback]).
  listen(...args) {
    const callback = typeof args[args.length - 1] === 'function' ? args.pop() : undefined;
    const first = args[0] !== null && typeof args[0] === 'object' ? args[0] : undefined;
    const given = first && (first._handle ?? first.handle ?? first);
    if (isListenerHandle(given) || (first && typeof first.fd === 'number' && first.fd >= 0)) {
      if (this._handle !== null) throw new ERR_SERVER_ALREADY_LISTEN();
      if (callback !== undefined) this.once('listening', callback);
      // A listening socket from elsewhere (another server, another process), or by descriptor.
      if (isListenerHandle(given)) this._listenOnHandle(given);
      else this._listenInCluster({ address: null, port: null, addressType: null, fd: first.fd }, () => this._listenOnFd(first.fd));
      return this;
    }
    let options;
    if (args[0] !== null && typeof args[0] === 'object') {
      options = args[0];
    } else if (typeof args[0] === 'string' && !/^\d+$/.test(args[0])) {
      options = { path: args[0] }; // a Unix socket path
    } else {
      options = { port: args[0], host: typeof args[1] === 'string' ? args[1] : undefined,
        backlog: typeof args[1] === 'number' ? args[1] : args[2] };
    }
    if (this._handle !== null) throw new ERR_SERVER_ALREADY_LISTEN();
    if (options.signal !== undefined) this._closeOnAbort(options.signal);
    const backlog = Number.isInteger(options.backlog) ? options.backlog : 511;
    if (options.path !== undefined && options.path !== null && options.port === undefined) {
      validateString(options.path, 'options.path');
      if (callback !== undefined) this.once('listening', callback);
      this._listenInCluster({ address: options.path, port: -1, addressType: -1, backlog,
        exclusive: Boolean(options.exclusive) }, () => this._listenOnPath(options, backlog));
      return this;
    }
    const port = options.port === undefined || options.port === null ? 0 : validatePort(options.port);
    if (callback !== undefined) this.once('listening', callback);
    const exclusive = Boolean(options.exclusive);
    if (options.host === undefined) {
      // No host: both families on every interface when IPv6 exists (the kernel's dual-stack socket).
      this._listenInCluster({ address: null, port, addressType: 4, backlog, exclusive },
        () => this._bind('::', port, backlog) || this._bind('0.0.0.0', port, backlog, true));
      return this;
    }
    // With a host, Node looks it up first (a literal too), so the bind (and 'listening') comes later.
    this[kLookingUp] = true;
    require('dns').lookup(options.host, { all: true }, (err, addresses) => {
      if (!this[kLookingUp]) return;
      this[kLookingUp] = false;
      if (err) {
        this.emit('error', err);
        return;
      }
      const { address, family } = addresses[0];
      this._listenInCluster({ address, port, addressType: family, backlog, exclusive },
        () => this._bind(address, port, backlog, true));
    });
    return this;
  },

  // In a cluster worker, a listener is the primary's business (unless exclusive): it answers with a handle to use.
  _listenInCluster(query, listenHere) {
    const cluster = require('cluster');
    if (cluster.isPrimary || query.exclusive) {
      listenHere();
      return;
    }
    cluster._getServer(this, query, (errno, handle) => {
      if (errno) {
        this.emit('error', clusterBindError(errno, query.address, query.port));
        return;
      }
      if (query.port === -1) this._pipeName = query.address;
      this._listenOnHandle(handle);
    });
  },

  _listenOnHandle(handle) {
    handle.setOnConnection(bindToCurrentFrame((connection) => this._onConnection(connection)));
    this._setHandle(handle);
    process.nextTick(() => {
      if (this._handle !== null) this.emit('listening');
    });
  },

  // listen({ fd }): the descriptor must be a listening socket (the server owns it from now on).
  _listenOnFd(fd) {
    let handle;
    try {
      handle = internalBinding('tcp').adopt(fd);
    } catch {
      handle = null; // not a socket
    }
    if (!isListenerHandle(handle)) {
      handle?.close(() => {});
      process.nextTick(() => this.emit('error', listenError(-22, null, -1)));
      return;
    }
    this._listenOnHandle(handle);
  },

  _connectionCount() {
    return this[kConnections];
  },

  // A Unix socket: bound now, made readable/writable by all when asked; Node reports the path as the address.
  _listenOnPath(options, backlog) {
    const { path } = options;
    rejectAbstractName(path);
    const onConnection = bindToCurrentFrame((handle) => this._onConnection(handle));
    const result = internalBinding('tcp').listenPath(path, backlog, onConnection);
    if (typeof result === 'number') {
      process.nextTick(() => this.emit('error', listenError(result, path, -1)));
      return;
    }
    this._setHandle(result);
    this._pipeName = path;
    if (options.readableAll || options.writableAll) {
      const mode = (options.readableAll ? 0o444 : 0) | (options.writableAll ? 0o222 : 0);
      const fs = require('fs');
      fs.chmodSync(path, fs.statSync(path).mode | mode);
    }
    process.nextTick(() => {
      if (this._handle !== null) this.emit('listening');
    });
  },

  // listen({ signal }): aborting closes the server (one already aborted closes it on the next tick).
  _closeOnAbort(signal) {
    validateAbortSignal(signal, 'options.signal');
    if (signal.aborted) {
      process.nextTick(() => this.close());
      return;
    }
    const onAbort = () => this.close();
    signal.addEventListener('abort', onAbort, { once: true });
    this.once('close', () => signal.removeEventListener('abort', onAbort));
  },

  _setHandle(handle) {
    this._handle = handle;
    if (this[kUnref]) handle.unref();
  },

  // Binds now; on failure reports the error (last attempt) or returns false (a fallback follows).
  _bind(ip, port, backlog, last = false) {
    const onConnection = bindToCurrentFrame((handle) => this._onConnection(handle));
    const result = internalBinding('tcp').listen(ip, port, backlog, onConnection);
    if (typeof result === 'number') {
      if (!last && result === -97) return false; // EAFNOSUPPORT: no IPv6 here
      process.nextTick(() => this.emit('error', listenError(result, ip, port)));
      return true;
    }
    this._setHandle(result);
    process.nextTick(() => {
      if (this._handle !== null) this.emit('listening');
    });
    return true;
  },

  _onConnection(handle) {
    const peer = this.blockList && handle.remoteAddress();
    if (peer && this.blockList.check(peer[0], peer[1].toLowerCase())) {
      handle.close(); // refused without a word, as in Node
      return;
    }
    if (this.maxConnections !== undefined && this[kConnections] >= this.maxConnections) {
      handle.close();
      return;
    }
    const socket = this._socketFor(handle);
    if (this.noDelay) socket.setNoDelay(true);
    if (this.keepAlive) socket.setKeepAlive(true, this.keepAliveInitialDelay * 1000);
    socket.server = this;
    socket._server = this;
    this[kConnections]++;
    // Read from the start (read(0) takes no bytes), so an unread connection still sees the peer's end.
    if (this.pauseOnConnect) socket.pause();
    else socket.read(0);
    this.emit('connection', socket);
  },

  // The socket of an accepted connection (a tls.Server makes TLS sockets).
  _socketFor(handle) {
    return new Socket({ handle, allowHalfOpen: this.allowHalfOpen, readable: true, writable: true });
  },

  // A Unix socket's path stays the answer after close, as in Node.
  address() {
    if (this._pipeName !== undefined) return this._pipeName;
    return this._handle === null ? null : describeAddress(this._handle.localAddress());
  },

  // Stops accepting; 'close' follows once every accepted connection has ended too.
  close(callback = undefined) {
    this[kLookingUp] = false;
    if (typeof callback === 'function') { // anything else is ignored, as Node does
      if (this._handle === null) {
        this.once('close', () => callback(new ERR_SERVER_NOT_RUNNING()));
      } else {
        this.once('close', callback);
      }
    }
    if (this._handle !== null) {
      const handle = this._handle;
      this._handle = null;
      handle.close(bindToCurrentFrame(() => {
        this[kWhenClosed] = true;
        this._emitCloseIfDone();
      }));
    } else if (!this[kWhenClosed]) {
      this[kWhenClosed] = true;
      this._emitCloseIfDone();
    }
    return this;
  },

  // Called by a connection's _destroy (before its own 'close', as in Node).
  _connectionGone() {
    this[kConnections]--;
    this._emitCloseIfDone();
  },

  _emitCloseIfDone() {
    if (this[kWhenClosed] && this._handle === null && this[kConnections] === 0) {
      this[kWhenClosed] = false;
      process.nextTick(() => this.emit('close'));
    }
  },

  getConnections(callback) {
    process.nextTick(callback, null, this[kConnections]);
    return this;
  },

  // Remembered for a handle that listen() makes later, as in Node.
  ref() {
    this[kUnref] = false;
    this._handle?.ref();
    return this;
  },

  unref() {
    this[kUnref] = true;
    this._handle?.unref();
    return this;
  },
};
Object.defineProperties(Server.prototype, Object.getOwnPropertyDescriptors(serverMethods));

// What net.Server uses as a listening handle: a Java one (internalBinding('tcp')) or cluster's stand-in.
function isListenerHandle(value) {
  return value !== null && typeof value === 'object' && typeof value.setOnConnection === 'function';
}

// A worker's listen() that the primary could not serve: "bind EADDRINUSE null:8000", as Node words it.
function clusterBindError(errno, address, port) {
  const code = uvErrmapGet(errno)?.[0] ?? `Unknown system error ${errno}`;
  const where = port > 0 ? ` ${address}:${port}` : (address ? ` ${address}` : '');
  const err = new Error(`bind ${code}${where}`);
  Object.assign(err, { errno, code, syscall: 'bind', address });
  if (port) err.port = port;
  return err;
}

// "listen EADDRINUSE: address already in use 127.0.0.1:8080", with Node's properties in Node's order.
// A Unix socket's path comes with port -1, which Node leaves out of the message but keeps as a property.
function listenError(errno, address, port) {
  const [code, description] = uvErrmapGet(errno) ?? [`Unknown system error ${errno}`, 'unknown error'];
  const err = new Error(`listen ${code}: ${description} ${address}${port > 0 ? `:${port}` : ''}`);
  Object.assign(err, { code, errno, syscall: 'listen', address, port });
  return err;
}

module.exports = { Server };

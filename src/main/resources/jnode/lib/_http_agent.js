'use strict';
// http.Agent: the client's connection pool, keyed by host:port:localAddress[:family]. A request takes a free
// socket (last freed first, or first with scheduling 'fifo'), or a new one while under maxSockets, or waits; a
// socket whose response ended is kept (unref'd, with the agent's timeout) when keepAlive allows, else destroyed.

const EventEmitter = require('events');
const net = require('net');
const { codes: { ERR_OUT_OF_RANGE } } = require('internal/errors');
const { validateNumber, validateOneOf } = require('internal/validators');

function Agent(options = undefined) {
  if (!(this instanceof Agent)) return new Agent(options);
  EventEmitter.call(this);
  this.options = { __proto__: null, ...options };
  if (this.options.noDelay === undefined) this.options.noDelay = true;
  // The path option is the request's, never the agent's.
  this.options.path = null;
  const given = this.options;
  Object.assign(this, {
    defaultPort: 80,
    protocol: 'http:',
    keepAlive: given.keepAlive || false,
    keepAliveMsecs: given.keepAliveMsecs || 1000,
    maxSockets: given.maxSockets || Agent.defaultMaxSockets,
    maxFreeSockets: given.maxFreeSockets || 256,
    scheduling: given.scheduling || 'lifo',
  });
  // Per connection name: requests waiting for a socket, sockets in use, idle sockets kept for reuse.
  for (const table of ['requests', 'sockets', 'freeSockets']) this[table] = { __proto__: null };
  validateOneOf(this.scheduling, 'scheduling', ['fifo', 'lifo']);
  this.maxTotalSockets = this.options.maxTotalSockets;
  if (this.maxTotalSockets !== undefined) {
    validateNumber(this.maxTotalSockets, 'maxTotalSockets');
    if (this.maxTotalSockets <= 0 || Number.isNaN(this.maxTotalSockets)) {
      throw new ERR_OUT_OF_RANGE('maxTotalSockets', '> 0', this.maxTotalSockets);
    }
  } else {
    this.maxTotalSockets = Infinity;
  }
  this.totalSocketCount = 0;
  this.agentKeepAliveTimeoutBuffer = 1000;
  this.on('free', (socket, options) => this.socketFreed(socket, options));
}
Object.setPrototypeOf(Agent.prototype, EventEmitter.prototype);
Object.setPrototypeOf(Agent, EventEmitter);

Agent.defaultMaxSockets = Infinity;

Agent.prototype.createConnection = function createConnection(...args) {
  return net.createConnection(...args);
};

// The pool key: host:port:localAddress, then :family (4 or 6) and :socketPath when given.
Agent.prototype.getName = function getName(options = {}) {
  const parts = [options.host || 'localhost', options.port || '', options.localAddress || ''];
  if (options.family === 4 || options.family === 6) parts.push(options.family);
  if (options.socketPath) parts.push(options.socketPath);
  return parts.join(':');
};

function countOf(table, name) {
  return table[name] ? table[name].length : 0;
}

// A socket came back from a finished response: the next waiting request takes it, or the pool keeps it.
Agent.prototype.socketFreed = function socketFreed(socket, options) {
  const name = this.getName(options);
  if (!socket.writable) {
    socket.destroy();
    return;
  }
  const waiting = this.requests[name];
  if (waiting && waiting.length > 0) {
    const req = waiting.shift();
    if (waiting.length === 0) delete this.requests[name];
    // Handed over still in use, so not counted as reused (as Node does).
    giveSocket(this, req, socket);
    return;
  }
  const req = socket._httpMessage;
  const free = this.freeSockets[name] ?? [];
  const kept = free.length + countOf(this.sockets, name);
  if (!req || !req.shouldKeepAlive || !this.keepAlive || this.totalSocketCount > this.maxTotalSockets ||
      kept > this.maxSockets || free.length >= this.maxFreeSockets || !this.keepSocketAlive(socket)) {
    socket.destroy();
    return;
  }
  this.freeSockets[name] = free;
  socket._httpMessage = null;
  this.removeSocket(socket, options);
  socket.once('error', freeSocketErrorListener);
  free.push(socket);
};

function freeSocketErrorListener() {
  this.destroy();
  this.emit('agentRemove');
}

Agent.prototype.keepSocketAlive = function keepSocketAlive(socket) {
  socket.setKeepAlive(true, this.keepAliveMsecs);
  socket.unref();
  let timeout = this.options.timeout || 0;
  // The server's Keep-Alive hint: close a little before it would.
  const hint = socket._httpMessage?.res?.headers['keep-alive'];
  const serverSeconds = hint ? /timeout=(\d+)/.exec(hint) : null;
  if (serverSeconds) {
    const serverTimeout = Number(serverSeconds[1]) * 1000 - this.agentKeepAliveTimeoutBuffer;
    if (serverTimeout > 0 && (timeout === 0 || serverTimeout < timeout)) timeout = serverTimeout;
  }
  if (socket.timeout !== timeout) socket.setTimeout(timeout);
  return true;
};

Agent.prototype.reuseSocket = function reuseSocket(socket, req) {
  req.reusedSocket = true;
  socket.ref();
};

Agent.prototype.addRequest = function addRequest(req, options, port = undefined, localAddress = undefined) {
  // The legacy form addRequest(req, host, port, localAddress); the agent's own options win over the request's.
  const requested = typeof options === 'string' ? { host: options, port, localAddress } : options;
  options = { __proto__: null, ...requested, ...this.options };
  const name = this.getName(options);
  const inUse = (this.sockets[name] ??= []);
  const idle = takeIdleSocket(this, name);
  if (idle !== undefined) {
    // In use again: its errors are the request's now.
    idle.removeListener('error', freeSocketErrorListener);
    inUse.push(idle);
    this.reuseSocket(idle, req);
    giveSocket(this, req, idle);
    return;
  }
  const roomForOne = countOf(this.freeSockets, name) + inUse.length < this.maxSockets &&
    this.totalSocketCount < this.maxTotalSockets;
  if (!roomForOne) {
    (this.requests[name] ??= []).push(req);
    return;
  }
  this.createSocket(req, options, (err, created) => {
    if (err) req.onSocket(created, err);
    else giveSocket(this, req, created);
  });
};

// A pooled socket for `name` that is still alive: the most recently freed one, or the oldest with 'fifo'.
function takeIdleSocket(agent, name) {
  const idle = agent.freeSockets[name];
  if (idle === undefined) return undefined;
  const alive = idle.filter((socket) => !socket.destroyed);
  const taken = agent.scheduling === 'fifo' ? alive.shift() : alive.pop();
  if (alive.length > 0) agent.freeSockets[name] = alive;
  else delete agent.freeSockets[name];
  return taken;
}

// A new connection for `req`; `callback(err, socket)` once (createConnection may answer either way).
Agent.prototype.createSocket = function createSocket(req, options, callback) {
  const name = this.getName({ ...options, ...this.options });
  const connectOptions = { __proto__: null, ...options, ...this.options, _agentKey: name, encoding: null };
  // The agent's own options carry `path: null`; a Unix socket's path is net's `path`.
  if (connectOptions.socketPath) connectOptions.path = connectOptions.socketPath;
  let answered = false;
  const onCreated = (err, socket) => {
    if (answered) return;
    answered = true;
    if (err) return callback(err);
    this.totalSocketCount++;
    (this.sockets[name] ??= []).push(socket);
    watchSocket(this, socket, connectOptions);
    return callback(null, socket);
  };
  const immediate = this.createConnection(connectOptions, onCreated);
  if (immediate) onCreated(null, immediate);
};

function watchSocket(agent, socket, options) {
  const onFree = () => agent.emit('free', socket, options);
  const onClose = () => {
    agent.totalSocketCount--;
    agent.removeSocket(socket, options);
  };
  const onTimeout = () => {
    // An idle pooled socket that timed out is closed; one in use belongs to its request's timeout handling.
    const free = agent.freeSockets[agent.getName(options)];
    if (free && free.includes(socket)) socket.destroy();
  };
  const onRemove = () => {
    agent.totalSocketCount--;
    agent.removeSocket(socket, options);
    socket.removeListener('close', onClose);
    socket.removeListener('free', onFree);
    socket.removeListener('timeout', onTimeout);
    socket.removeListener('agentRemove', onRemove);
  };
  socket.on('free', onFree);
  socket.on('close', onClose);
  socket.on('timeout', onTimeout);
  socket.on('agentRemove', onRemove);
}

Agent.prototype.removeSocket = function removeSocket(socket, options) {
  const name = this.getName(options);
  for (const table of [this.sockets, this.freeSockets]) {
    const list = table[name];
    if (!list) continue;
    const at = list.indexOf(socket);
    if (at !== -1) {
      list.splice(at, 1);
      if (list.length === 0) delete table[name];
    }
  }
  // A place opened up: a waiting request gets a new connection.
  const waiting = this.requests[name];
  if (waiting && waiting.length > 0 && countOf(this.sockets, name) < this.maxSockets &&
      this.totalSocketCount < this.maxTotalSockets) {
    // The new socket is announced free, which hands it to the first waiting request.
    const req = waiting[0];
    this.createSocket(req, options, (err, created) => {
      if (err) req.onSocket(created, err);
      else created.emit('free');
    });
  }
};

Agent.prototype.destroy = function destroy() {
  for (const table of [this.freeSockets, this.sockets]) {
    for (const name of Object.keys(table)) for (const socket of table[name]) socket.destroy();
  }
};

// The request's own timeout, when it has one other than the agent's, applies to the socket it gets.
function giveSocket(agent, req, socket) {
  req.onSocket(socket);
  const ownTimeout = req.timeout !== undefined && req.timeout !== (agent.options.timeout || 0);
  if (ownTimeout) socket.setTimeout(req.timeout);
}

const globalAgent = new Agent({ keepAlive: true, scheduling: 'lifo', timeout: 5000 });

module.exports = { Agent, globalAgent };

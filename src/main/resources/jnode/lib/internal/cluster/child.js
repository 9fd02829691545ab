'use strict';
// node:cluster in a worker: cluster.worker stands for this process, and a server's listen() asks the primary
// (_getServer) instead of binding: the primary answers with a listening socket to share (SCHED_NONE) or with
// an address, after which connections arrive one by one as 'newconn' messages (round-robin).

const EventEmitter = require('events');
const path = require('path');
const Worker = require('internal/cluster/worker');
const { internal, sendHelper } = require('internal/cluster/messages');

const cluster = new EventEmitter();
const servers = new Map(); // key from the primary -> { handle, owner } (owner: the net.Server)
const indexes = new Map(); // what was asked for -> { nextIndex, inUse: Set }: a server's index among equal ones

cluster.isWorker = true;
cluster.isPrimary = false;
cluster.isMaster = false;
cluster.worker = null;
cluster.Worker = Worker;

const send = (message, onReply) => sendHelper(process, message, null, onReply);

cluster._setupWorker = function _setupWorker() {
  const worker = new Worker({ id: +process.env.NODE_UNIQUE_ID | 0, process, state: 'online' });
  cluster.worker = worker;
  process.once('disconnect', () => {
    worker.emit('disconnect');
    // Not asked for: the primary went away. Nothing is left to serve.
    if (!worker.exitedAfterDisconnect) process.exit(0);
  });
  process.on('internalMessage', internal(worker, (message, handle) => {
    if (message.act === 'newconn') onConnection(message, handle);
    else if (message.act === 'disconnect') disconnectWorker(worker, true);
  }));
  send({ act: 'online' });
};

// `server` is a net.Server; `query` says where it wants to listen ({ address, port, addressType, fd, backlog }).
// callback(errno, handle) gets a handle as net.Server uses its own.
cluster._getServer = function _getServer(server, query, callback) {
  let { address } = query;
  if (query.port < 0 && typeof address === 'string') address = path.resolve(address);
  const indexesKey = [address, query.port, query.addressType, query.fd].join(':');
  let indexSet = indexes.get(indexesKey);
  if (indexSet === undefined) {
    indexSet = { nextIndex: 0, inUse: new Set() };
    indexes.set(indexesKey, indexSet);
  }
  const index = indexSet.nextIndex++;
  indexSet.inUse.add(index);
  const release = () => {
    indexSet.inUse.delete(index);
    if (indexSet.inUse.size === 0 && indexes.get(indexesKey) === indexSet) indexes.delete(indexesKey);
  };

  const message = { act: 'queryServer', index, data: null, ...query, address };
  if (typeof server._getServerData === 'function') message.data = server._getServerData();
  send(message, (reply, shared) => {
    if (typeof server._setServerData === 'function') server._setServerData(reply.data);
    if (reply.errno) {
      callback(reply.errno, null);
      return;
    }
    const handle = shared ? sharedHandle(reply.key, shared, release) : roundRobinHandle(reply, release);
    servers.set(reply.key, { handle, owner: server });
    callback(0, handle);
  });
  server.once('listening', () => {
    if (!indexes.has(indexesKey)) return; // closed already
    cluster.worker.state = 'listening';
    const bound = server.address();
    send({ ...message, act: 'listening', port: bound?.port || query.port });
  });
};

// The listening socket itself (SCHED_NONE): closing it tells the primary.
function sharedHandle(key, handle, release) {
  return {
    localAddress: () => handle.localAddress(),
    setOnConnection: (onConnection) => handle.setOnConnection(onConnection),
    ref: () => handle.ref(),
    unref: () => handle.unref(),
    fd: () => handle.fd(),
    close(onClosed) {
      send({ act: 'close', key });
      servers.delete(key);
      release();
      handle.close(onClosed);
    },
  };
}

// A stand-in for a listener the primary owns (round-robin): connections come from 'newconn' messages. While
// ref'd it keeps the worker alive as a listening socket would (an interval that never fires).
function roundRobinHandle(reply, release) {
  let key = reply.key;
  let keepAlive = null;
  let onConnection = null;
  const handle = {
    localAddress: () => (reply.sockname ? [reply.sockname.address, reply.sockname.family, reply.sockname.port] : null),
    setOnConnection(callback) {
      onConnection = callback;
    },
    connection(socketHandle) {
      onConnection(socketHandle);
    },
    ref() {
      keepAlive ??= setInterval(() => {}, 2 ** 31 - 1);
    },
    unref() {
      clearInterval(keepAlive);
      keepAlive = null;
    },
    close(onClosed) {
      if (key !== undefined) {
        handle.unref();
        send({ act: 'close', key });
        servers.delete(key);
        release();
        key = undefined;
      }
      process.nextTick(onClosed);
    },
  };
  handle.ref();
  return handle;
}

// A connection the primary accepted, for one of our round-robin servers; refused (the primary passes it to another
// worker) when that server is gone or full.
function onConnection(message, connection) {
  const entry = servers.get(message.key);
  const owner = entry?.owner;
  const accepted = entry !== undefined &&
    !(owner.maxConnections != null && owner._connectionCount() >= owner.maxConnections);
  send({ ack: message.seq, accepted });
  if (accepted) entry.handle.connection(connection);
  else connection.close();
}

// Closes every server, then the channel; a disconnect the worker started first tells the primary it meant to.
function disconnectWorker(worker, primaryInitiated) {
  worker.exitedAfterDisconnect = true;
  let waiting = 1;
  const oneClosed = () => {
    if (--waiting !== 0) return;
    if (primaryInitiated) process.disconnect();
    else send({ act: 'exitedAfterDisconnect' }, () => process.disconnect());
  };
  for (const { owner } of [...servers.values()]) {
    waiting++;
    owner.close(oneClosed);
  }
  servers.clear();
  oneClosed();
}

Worker.prototype.disconnect = function disconnect() {
  if (this.state !== 'disconnecting' && this.state !== 'destroying') {
    this.state = 'disconnecting';
    disconnectWorker(this, false);
  }
  return this;
};

Worker.prototype.destroy = function destroy() {
  if (this.state === 'destroying') return;
  this.exitedAfterDisconnect = true;
  if (!this.isConnected()) {
    process.exit(0);
  }
  this.state = 'destroying';
  send({ act: 'exitedAfterDisconnect' }, () => process.disconnect());
  process.once('disconnect', () => process.exit(0));
};

module.exports = cluster;

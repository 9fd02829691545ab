'use strict';
// node:cluster in the primary: fork() starts workers (jnode processes running the same script, with NODE_UNIQUE_ID
// set and an IPC channel), and answers their servers' listen() calls with a listener it owns (round-robin: the
// primary accepts and passes connections on) or shares (SCHED_NONE: each worker accepts on the same socket).

const EventEmitter = require('events');
const path = require('path');
const Worker = require('internal/cluster/worker');
const { internal, sendHelper } = require('internal/cluster/messages');

const SCHED_NONE = 1;
const SCHED_RR = 2;

const cluster = new EventEmitter();
const intercom = new EventEmitter(); // 'disconnect' once no worker is left
const handles = new Map(); // server key -> RoundRobinHandle | SharedHandle (loaded once a worker listens)
let ids = 0;
let initialized = false;

cluster.isWorker = false;
cluster.isPrimary = true;
cluster.isMaster = true;
cluster.Worker = Worker;
cluster.workers = {};
cluster.settings = {};
cluster.SCHED_NONE = SCHED_NONE;
cluster.SCHED_RR = SCHED_RR;
cluster.schedulingPolicy = { rr: SCHED_RR, none: SCHED_NONE }[process.env.NODE_CLUSTER_SCHED_POLICY] ?? SCHED_RR;
let schedulingPolicy = cluster.schedulingPolicy;

cluster.setupPrimary = function setupPrimary(options) {
  const settings = {
    args: process.argv.slice(2),
    exec: process.argv[1],
    execArgv: process.execArgv,
    silent: false,
    ...cluster.settings,
    ...options,
  };
  cluster.settings = settings;
  if (!initialized) {
    initialized = true;
    schedulingPolicy = cluster.schedulingPolicy; // fixed from the first setup on
    if (schedulingPolicy !== SCHED_NONE && schedulingPolicy !== SCHED_RR) {
      throw new Error(`Bad cluster.schedulingPolicy: ${schedulingPolicy}`);
    }
  }
  process.nextTick(() => cluster.emit('setup', settings));
};
cluster.setupMaster = cluster.setupPrimary;

function startWorkerProcess(id, env) {
  const { settings } = cluster;
  if (settings.inspectPort === null) {
    const { codes: { ERR_SOCKET_BAD_PORT } } = require('internal/errors');
    throw new ERR_SOCKET_BAD_PORT('Port', null, true);
  }
  return require('child_process').fork(settings.exec, settings.args, {
    cwd: settings.cwd,
    env: { ...process.env, ...env, NODE_UNIQUE_ID: `${id}` },
    serialization: settings.serialization,
    silent: settings.silent,
    windowsHide: settings.windowsHide,
    execArgv: [...settings.execArgv],
    stdio: settings.stdio,
    gid: settings.gid,
    uid: settings.uid,
  });
}

function removeWorker(worker) {
  delete cluster.workers[worker.id];
  if (Object.keys(cluster.workers).length === 0) intercom.emit('disconnect');
}

function removeHandlesOf(worker) {
  for (const [key, handle] of handles) {
    if (handle.remove(worker)) handles.delete(key);
  }
}

cluster.fork = function fork(env) {
  cluster.setupPrimary();
  const id = ++ids;
  const worker = new Worker({ id, process: startWorkerProcess(id, env) });
  worker.on('message', function onMessage(message, handle) {
    cluster.emit('message', this, message, handle);
  });
  worker.process.once('exit', (exitCode, signalCode) => {
    // A worker still connected stays listed until it disconnects too.
    if (!worker.isConnected()) {
      removeHandlesOf(worker);
      removeWorker(worker);
    }
    worker.exitedAfterDisconnect = Boolean(worker.exitedAfterDisconnect);
    worker.state = 'dead';
    worker.emit('exit', exitCode, signalCode);
    cluster.emit('exit', worker, exitCode, signalCode);
  });
  worker.process.once('disconnect', () => {
    removeHandlesOf(worker);
    if (worker.isDead()) removeWorker(worker);
    worker.exitedAfterDisconnect = Boolean(worker.exitedAfterDisconnect);
    worker.state = 'disconnected';
    worker.emit('disconnect');
    cluster.emit('disconnect', worker);
  });
  worker.process.on('internalMessage', internal(worker, onWorkerMessage));
  process.nextTick(() => cluster.emit('fork', worker));
  cluster.workers[worker.id] = worker;
  return worker;
};

cluster.disconnect = function disconnect(callback) {
  const workers = Object.values(cluster.workers);
  if (workers.length === 0) process.nextTick(() => intercom.emit('disconnect'));
  for (const worker of workers) {
    if (worker.isConnected()) worker.disconnect();
  }
  if (typeof callback === 'function') intercom.once('disconnect', callback);
};

const workerRequests = {
  online(worker) {
    worker.state = 'online';
    worker.emit('online');
    cluster.emit('online', worker);
  },

  exitedAfterDisconnect(worker, message) {
    worker.exitedAfterDisconnect = true;
    sendHelper(worker.process, { ack: message.seq });
  },

  // A worker's server wants to listen: the listener for its key, made on first request.
  queryServer(worker, message) {
    if (worker.exitedAfterDisconnect) return;
    const key = `${message.address}:${message.port}:${message.addressType}:${message.fd}:${message.index}`;
    let handle = handles.get(key);
    if (handle === undefined) {
      let address = message.address;
      if (message.port < 0 && typeof address === 'string') {
        // Unix socket paths are short (about 100 bytes): the shorter of the two forms.
        const relative = path.relative(process.cwd(), address);
        if (relative.length < address.length) address = relative;
      }
      const Handle = require(schedulingPolicy === SCHED_RR ? 'internal/cluster/round_robin_handle' :
        'internal/cluster/shared_handle');
      handle = new Handle(key, address, message);
      handles.set(key, handle);
    }
    handle.data ??= message.data;
    handle.add(worker, (errno, reply, listener) => {
      const { data } = handles.get(key);
      if (errno) handles.delete(key); // the next worker tries again
      sendHelper(worker.process, { errno, key, ack: message.seq, data, ...reply }, listener);
    });
  },

  listening(worker, message) {
    const info = { addressType: message.addressType, address: message.address, port: message.port, fd: message.fd };
    worker.state = 'listening';
    worker.emit('listening', info);
    cluster.emit('listening', worker, info);
  },

  // A worker closed its server (its handles may be gone already if it disconnected).
  close(worker, message) {
    const handle = handles.get(message.key);
    if (handle?.remove(worker)) handles.delete(message.key);
  },
};

function onWorkerMessage(message) {
  const request = workerRequests[message.act];
  if (typeof request === 'function') request(this, message);
}

Worker.prototype.disconnect = function disconnect() {
  this.exitedAfterDisconnect = true;
  sendHelper(this.process, { act: 'disconnect' });
  removeHandlesOf(this);
  removeWorker(this);
  return this;
};

Worker.prototype.destroy = function destroy(signal = 'SIGTERM') {
  this.process.kill(signal || 'SIGTERM');
};

module.exports = cluster;

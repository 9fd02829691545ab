'use strict';
// The primary's listener for one server key under SCHED_RR: the primary accepts, and hands each connection to the
// next worker that is free (one that answered the previous handoff), as a handle over IPC.

const { sendHelper } = require('internal/cluster/messages');
const { listenForCluster } = require('internal/cluster/shared_handle');

class RoundRobinHandle {
  constructor(key, address, { port, fd, backlog }) {
    this.key = key;
    this.all = new Map(); // worker id -> worker, every worker that listens on this key
    this.free = []; // workers waiting for a connection
    this.pending = []; // accepted connections waiting for a worker
    this.handle = null;
    this.server = listenForCluster(address, port, fd, backlog);
    this.server.once('listening', () => {
      this.handle = this.server._handle;
      this.server._handle = null; // the handle is ours now; the server object is done
      this.server = null;
      this.handle.setOnConnection((connection) => this.distribute(connection));
    });
  }

  // Answers the worker's queryServer once listening: the address (TCP) or nothing (a Unix socket), or the errno.
  add(worker, reply) {
    this.all.set(worker.id, worker);
    const done = () => {
      const address = this.handle.localAddress();
      reply(null, address === null ? null : { sockname: { address: address[0], family: address[1], port: address[2] } },
        null);
      this.handoff(worker); // connections may be waiting already
    };
    if (this.server === null) {
      done();
      return;
    }
    this.server.once('listening', done);
    this.server.once('error', (err) => reply(err.errno, null));
  }

  // The worker stopped listening (or went away); true when it was the last one and the listener is closed.
  remove(worker) {
    if (!this.all.delete(worker.id)) return false;
    const at = this.free.indexOf(worker);
    if (at !== -1) this.free.splice(at, 1);
    if (this.all.size !== 0) return false;
    for (const connection of this.pending) connection.close();
    this.pending = [];
    this.handle?.close(() => {});
    this.handle = null;
    return true;
  }

  distribute(connection) {
    this.pending.push(connection);
    const worker = this.free.shift();
    if (worker) this.handoff(worker);
  }

  handoff(worker) {
    if (!this.all.has(worker.id)) return; // it closed its server meanwhile
    const connection = this.pending.shift();
    if (connection === undefined) {
      this.free.push(worker);
      return;
    }
    sendHelper(worker.process, { act: 'newconn', key: this.key }, connection, (reply) => {
      // The worker has its own copy of the descriptor now; one that is shutting down refuses it.
      if (reply.accepted) connection.close();
      else this.distribute(connection);
      this.handoff(worker);
    });
  }
}

module.exports = RoundRobinHandle;

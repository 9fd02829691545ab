'use strict';
// The primary's listener for one server key under SCHED_NONE: every worker gets the listening socket itself and
// accepts on it (the kernel picks who gets each connection); the primary only keeps it open.

class SharedHandle {
  constructor(key, address, { port, fd, backlog }) {
    this.key = key;
    this.workers = new Map();
    this.handle = null;
    this.errno = 0;
    this.server = listenForCluster(address, port, fd, backlog);
    this.server.once('listening', () => {
      this.handle = this.server._handle;
      this.server._handle = null;
      this.server = null;
      this.handle.stopAccepting();
    });
    this.server.once('error', (err) => {
      this.errno = err.errno;
      this.server = null;
    });
  }

  add(worker, reply) {
    this.workers.set(worker.id, worker);
    if (this.server === null) {
      reply(this.errno, null, this.handle);
      return;
    }
    const settled = () => reply(this.errno, null, this.handle);
    this.server.once('listening', settled);
    this.server.once('error', settled);
  }

  remove(worker) {
    if (!this.workers.delete(worker.id)) return false;
    if (this.workers.size !== 0) return false;
    this.handle?.close(() => {});
    this.handle = null;
    return true;
  }
}

// A net.Server listening where a worker asked: on a descriptor, a TCP port (address null: every interface) or a
// Unix socket path (port < 0). Its handle is taken over once it listens.
function listenForCluster(address, port, fd, backlog) {
  const server = new (require('net').Server)();
  server.on('error', () => {}); // reported to the worker that asked
  if (fd >= 0) server.listen({ fd, backlog });
  else if (port >= 0) server.listen({ port, host: address ?? undefined, backlog });
  else server.listen({ path: address, backlog });
  return server;
}

module.exports = SharedHandle;
module.exports.listenForCluster = listenForCluster;

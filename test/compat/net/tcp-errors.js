// Errors of net: refused connections, bad ports, a port in use, closing a server that does not run,
// listening twice.
'use strict';
const net = require('net');

const steps = [
  (next) => {
    const socket = net.connect(1, '127.0.0.1');
    socket.on('error', (err) => {
      console.log('refused:', err.message, err.code, err.errno, err.syscall, err.address, err.port);
      console.log('destroyed:', socket.destroyed);
    });
    socket.on('close', (hadError) => {
      console.log('close hadError:', hadError);
      next();
    });
  },
  (next) => {
    for (const port of [-1, 65536, 1.5, {}, NaN]) {
      try {
        net.connect(port, '127.0.0.1');
      } catch (err) {
        console.log(`port ${String(port)}:`, err.name, err.code, err.message);
      }
    }
    next();
  },
  (next) => {
    const first = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = first.address();
      const second = net.createServer();
      second.on('error', (err) => {
        console.log('in use:', err.message.replace(String(port), 'PORT'), err.code, err.errno, err.syscall,
          err.address, err.port === port);
        first.close(next);
      });
      second.listen(port, '127.0.0.1');
    });
  },
  (next) => {
    const server = net.createServer();
    server.close((err) => {
      console.log('close of a server not running:', err.code, err.message);
      next();
    });
  },
  (next) => {
    const server = net.createServer().listen(0);
    try {
      server.listen(0);
    } catch (err) {
      console.log('listen twice:', err.code, err.message);
    }
    server.close(() => next());
  },
];

(function run(i) {
  if (i < steps.length) steps[i](() => run(i + 1));
})(0);

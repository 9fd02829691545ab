// Bind failures: a port in use, an address of the other family, a name that does not resolve; after a
// failure the socket can bind again.
'use strict';
const dgram = require('dgram');

function failingLookup(address, family, callback) {
  const err = new Error(`getaddrinfo ENOTFOUND ${address}`);
  Object.assign(err, { errno: -3008, code: 'ENOTFOUND', syscall: 'getaddrinfo', hostname: address });
  process.nextTick(callback, err);
}

const steps = [
  (next) => {
    const first = dgram.createSocket('udp4');
    first.bind(0, '127.0.0.1', () => {
      const { port } = first.address();
      const second = dgram.createSocket('udp4');
      second.on('error', (err) => {
        console.log('in use:', err.message.replace(String(port), 'PORT'), err.code, err.errno, err.syscall,
          err.address, err.port === port, Object.keys(err));
        second.bind(0, '127.0.0.1', () => {
          console.log('bound after the failure:', second.address().port !== port);
          second.close();
          first.close(next);
        });
      });
      second.bind(port, '127.0.0.1');
    });
  },
  (next) => {
    const socket = dgram.createSocket('udp4');
    socket.on('error', (err) => {
      console.log('IPv6 address on udp4:', err.message, err.code, err.errno, err.address, Object.keys(err));
      socket.close(next);
    });
    socket.bind(0, '::1');
  },
  (next) => {
    const socket = dgram.createSocket('udp6');
    socket.on('error', (err) => {
      console.log('IPv4 address on udp6:', err.message, err.code, Object.keys(err));
      socket.close(next);
    });
    socket.bind({ address: '127.0.0.1' });
  },
  (next) => {
    const socket = dgram.createSocket({ type: 'udp4', lookup: failingLookup });
    socket.on('error', (err) => {
      console.log('lookup failure:', err.message, err.code, err.hostname);
      socket.close(next);
    });
    socket.bind(0, 'nowhere.example');
  },
];
(function run(i) {
  if (i < steps.length) steps[i](() => run(i + 1));
})(0);

'use strict';
// A server that never answers gives ETIMEOUT after the tries; the next server in the list is tried first.
const dns = require('node:dns');
const dgram = require('node:dgram');
const { startServer } = require('./fixtures/dns-server');

startServer((port, close) => {
  const silent = dgram.createSocket('udp4');
  silent.bind(0, '127.0.0.1', () => {
    const quiet = new dns.Resolver({ timeout: 200, tries: 2 });
    quiet.setServers([`127.0.0.1:${silent.address().port}`]);
    quiet.resolve4('example.test', (err) => {
      console.log(err.message, err.code, err.syscall, err.hostname);
      const fallback = new dns.Resolver({ timeout: 200, tries: 1 });
      fallback.setServers([`127.0.0.1:${silent.address().port}`, `127.0.0.1:${port}`]);
      fallback.resolve4('example.test', (err2, addresses) => {
        console.log(err2, addresses);
        dns.promises.Resolver.prototype.resolve4.call(quiet, 'timeout.test').catch((err3) => {
          console.log(err3.message);
          silent.close();
          close();
        });
      });
    });
  });
});

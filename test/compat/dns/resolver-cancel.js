'use strict';
// cancel() ends every pending query of that resolver with ECANCELLED, on a later turn of the loop.
const dns = require('node:dns');
const { startServer } = require('./fixtures/dns-server');

startServer((port, close) => {
  const resolver = new dns.Resolver({ timeout: 5000, tries: 1 });
  resolver.setServers([`127.0.0.1:${port}`]);
  let pending = 2;
  const done = (label) => (err, result) => {
    console.log(label, err ? [err.message, err.code, err.syscall, err.hostname] : result);
    if (--pending === 0) {
      resolver.resolve4('example.test', (err2, addresses) => {
        console.log('after cancel', err2, addresses);
        const promises = new dns.promises.Resolver({ timeout: 5000 });
        promises.setServers([`127.0.0.1:${port}`]);
        promises.resolveMx('timeout.test').catch((err3) => {
          console.log('promise', err3.code);
          close();
        });
        promises.cancel();
      });
    }
  };
  resolver.resolve4('timeout.test', done('first'));
  resolver.resolveTxt('timeout.test', done('second'));
  let sync = true;
  resolver.cancel();
  console.log('cancel returned', sync);
  sync = false;
});

'use strict';
// Queries leave from the address setLocalAddress names (per family), and reach IPv6 servers.
const dns = require('node:dns');
const { startServer } = require('./fixtures/dns-server');

const seen = [];
startServer((port, close) => {
  const resolver = new dns.promises.Resolver({ timeout: 1000, tries: 1 });
  resolver.setServers([`127.0.0.1:${port}`]);
  (async () => {
    await resolver.resolve4('example.test');
    resolver.setLocalAddress('127.0.0.2');
    console.log(await resolver.resolve4('example.test'));
    resolver.setLocalAddress('::1', '127.0.0.3');
    console.log(await resolver.resolveMx('example.test'));
    console.log('query sources:', seen);
    close();
    startServer((port6, close6) => {
      const six = new dns.Resolver({ timeout: 1000, tries: 1 });
      six.setServers([`[::1]:${port6}`]);
      console.log(six.getServers().map((server) => server.replace(String(port6), 'PORT')));
      six.resolve6('example.test', (err, addresses) => {
        console.log(err, addresses);
        six.setLocalAddress('127.0.0.1', '::1');
        six.resolveTxt('example.test', (err2, records) => {
          console.log(err2, records);
          close6();
        });
      });
    }, { address: '::1' });
  })();
}, { onQuery: (rinfo) => seen.push(rinfo.address) });

'use strict';
// dns.promises.Resolver answers the same records as promises; the module-level functions use the default
// resolver, which dns.setServers points at the local server.
const dns = require('node:dns');
const { startServer } = require('./fixtures/dns-server');

startServer(async (port, close) => {
  const resolver = new dns.promises.Resolver({ timeout: 1000, tries: 1 });
  resolver.setServers([`127.0.0.1:${port}`]);
  console.log(await resolver.resolve4('example.test', { ttl: true }));
  console.log(await resolver.resolveMx('example.test'));
  console.log(await resolver.resolveSrv('_sip._udp.example.test'));
  console.log(await resolver.resolve('example.test', 'TXT'));
  console.log(await resolver.reverse('192.0.2.1'));
  console.log(await resolver.resolveSoa('example.test'));
  dns.setServers([`127.0.0.1:${port}`]);
  console.log(dns.getServers().length, dns.promises.getServers().length);
  console.log(await dns.promises.resolve6('example.test'));
  console.log(await dns.promises.resolveNs('example.test'));
  dns.resolveCname('www.example.test', (err, names) => {
    console.log(err, names);
    const after = new dns.Resolver();
    console.log('new resolvers start with the default servers:', after.getServers().length === 1);
    close();
  });
});

'use strict';
// TXT and CAA strings are read byte by byte (latin1), as Node's c-ares binding makes them.
const dns = require('node:dns');
const { startServer } = require('./fixtures/dns-server');

startServer(async (port, close) => {
  const resolver = new dns.promises.Resolver({ timeout: 1000, tries: 1 });
  resolver.setServers([`127.0.0.1:${port}`]);
  console.log(await resolver.resolveTxt('text.test'));
  console.log(await resolver.resolveCaa('text.test'));
  console.log(await resolver.resolveAny('text.test'));
  close();
});

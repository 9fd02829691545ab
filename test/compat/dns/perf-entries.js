'use strict';
// Successful lookups and queries are 'dns' performance entries (failures and IP literals are not).
const dns = require('node:dns');
const { PerformanceObserver } = require('node:perf_hooks');
const { startServer } = require('./fixtures/dns-server');

const observer = new PerformanceObserver((items) => {
  for (const entry of items.getEntries()) {
    console.log(entry.name, entry.entryType, typeof entry.startTime, typeof entry.duration, entry.detail);
  }
});
observer.observe({ type: 'dns' });

startServer(async (port, close) => {
  dns.lookup('localhost', { family: 4 }, () => {});
  await dns.promises.lookup('localhost', { all: true, family: 4 });
  await dns.promises.lookup('127.0.0.1');
  await dns.promises.lookupService('127.0.0.1', 22);
  const resolver = new dns.promises.Resolver();
  resolver.setServers([`127.0.0.1:${port}`]);
  await resolver.resolve4('example.test', { ttl: true });
  await resolver.reverse('192.0.2.1');
  await resolver.resolveMx('nope.test').catch(() => {});
  dns.lookupService('127.0.0.1', 22, () => {
    setTimeout(() => {
      observer.disconnect();
      close();
    }, 50);
  });
});

'use strict';
// A Resolver pointed at a local server answers every record type in Node's shapes (callback API).
const dns = require('node:dns');
const { startServer } = require('./fixtures/dns-server');

startServer((port, close) => {
  const resolver = new dns.Resolver({ timeout: 1000, tries: 1 });
  resolver.setServers([`127.0.0.1:${port}`]);
  const calls = [
    ['resolve4', 'example.test'], ['resolve4', 'example.test', { ttl: true }],
    ['resolve6', 'example.test'], ['resolve6', 'example.test', { ttl: true }],
    ['resolveMx', 'example.test'], ['resolveTxt', 'example.test'], ['resolveNs', 'example.test'],
    ['resolveSoa', 'example.test'], ['resolveCaa', 'example.test'], ['resolveNaptr', 'example.test'],
    ['resolveSrv', '_sip._udp.example.test'], ['resolveCname', 'www.example.test'],
    ['resolvePtr', '1.2.0.192.in-addr.arpa'], ['reverse', '192.0.2.1'], ['reverse', '2001:db8::1'],
    ['resolveTlsa', '_25._tcp.example.test'], ['resolveAny', 'example.test'], ['resolveAny', 'www.example.test'],
    ['resolve4', 'www.example.test'], ['resolveMx', 'www.example.test'], ['resolve', 'example.test'],
    ['resolve', 'example.test', 'MX'], ['resolve', 'example.test', 'AAAA'], ['resolve4', 'EXAMPLE.test'],
  ];
  let i = 0;
  (function next() {
    if (i === calls.length) return close();
    const [method, ...args] = calls[i++];
    resolver[method](...args, (err, result) => {
      console.log(method, JSON.stringify(args));
      console.dir(err ?? result, { depth: 5 });
      next();
    });
  })();
});

'use strict';
// setServers parses IPv4/IPv6 with optional ports; getServers prints them back; bad entries throw.
const dns = require('node:dns');

const resolver = new dns.Resolver();
resolver.setServers(['[::1]:5353', '1.2.3.4:99', '::2', '[::3]', '5.6.7.8', '[::4]:53', '9.9.9.9:53', '[1::5]:0',
  '1.2.3.4:0']);
console.log(resolver.getServers());
resolver.setServers([]);
console.log(resolver.getServers());
for (const servers of [['1.2.3.4:'], ['1.2.3.4:x'], ['[::1'], ['a:53'], ['1.2.3.4:99999'], ['example.com'],
  'x', [5], [null], {}, ['1.1.1.1', 7]]) {
  try {
    resolver.setServers(servers);
    console.log(servers, resolver.getServers());
  } catch (err) {
    console.log(err.name, err.code, err.message);
  }
}
console.log('unchanged after a failure:', resolver.getServers());
const system = new dns.Resolver().getServers();
console.log(Array.isArray(system), system.length > 0);

'use strict';
// getaddrinfo's hints: V4MAPPED turns IPv4 answers into IPv4-mapped IPv6 ones for family 6.
const dns = require('node:dns');

const steps = [
  { family: 6, hints: dns.V4MAPPED, all: true },
  { family: 6, hints: dns.V4MAPPED | dns.ALL },
  { family: 0, hints: dns.ADDRCONFIG | dns.V4MAPPED, all: true },
  { family: 4, hints: dns.ADDRCONFIG },
  { family: 'IPv6', hints: dns.V4MAPPED, order: 'ipv4first', all: true },
];
(async () => {
  for (const options of steps) {
    try {
      console.log(options, await dns.promises.lookup('localhost', options));
    } catch (err) {
      console.log(options, err.name, err.code, err.message); // the promise API takes no family names
    }
  }
  dns.lookup('localhost', { family: 'IPv6', hints: dns.V4MAPPED }, (err, address, family) => {
    console.log('callback API with a family name:', err, address, family);
  });
})();

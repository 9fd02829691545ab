'use strict';
// The shape of node:dns and node:dns/promises: keys in order, constants, and the shared promises object.
const dns = require('node:dns');
const dnsPromises = require('node:dns/promises');

console.log(Object.keys(dns));
console.log(Object.keys(dnsPromises));
console.log(dns.promises === dnsPromises);
console.log(dns.ADDRCONFIG, dns.V4MAPPED, dns.ALL);
console.log(dns.NODATA, dns.NOTFOUND, dns.SERVFAIL, dns.TIMEOUT, dns.CANCELLED, dns.CONNREFUSED, dns.BADNAME);
console.log(dnsPromises.NOTFOUND, dnsPromises.ADDRCONFIG);
console.log(typeof dns.Resolver, typeof dnsPromises.Resolver, dns.Resolver === dnsPromises.Resolver);
const resolver = new dns.Resolver();
console.log(Object.getOwnPropertyNames(Object.getPrototypeOf(resolver)).sort());
console.log(resolver.reverse === resolver.getHostByAddr);
console.log(dns.resolve4.name, dns.lookup.name, dns.lookup.length, dns.resolve.length);
console.log(dns.getDefaultResultOrder());

'use strict';
// An empty or missing hostname is answered with null (DEP0118 warns once).
const dns = require('node:dns');

dns.lookup('', (err, address, family) => console.log('empty', err, address, family));
dns.lookup('', { all: true }, (err, addresses) => console.log('empty all', err, addresses));
dns.lookup(null, 6, (err, address, family) => console.log('null 6', err, address, family));
dns.lookup(undefined, { family: 'IPv6' }, (err, address, family) => console.log('undefined IPv6', err, address, family));
dns.promises.lookup('').then((result) => console.log('promise', result));
console.log(dns.lookup('', () => {}));

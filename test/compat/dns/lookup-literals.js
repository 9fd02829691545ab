'use strict';
// dns.lookup answers IP literals and localhost (from /etc/hosts) in every option form, callback and promise.
const dns = require('node:dns');

const steps = [
  ['127.0.0.1', undefined], ['127.0.0.1', { all: true }], ['::1', undefined], ['::1', 6],
  ['::ffff:1.2.3.4', { all: true }], ['1.2.3.4', 6], ['localhost', 4], ['localhost', { family: 'IPv4' }],
  ['localhost', { family: 4, all: true }], ['localhost', { order: 'ipv6first', family: 4 }],
  ['localhost', { verbatim: false, family: 4, all: true }], ['LOCALHOST', { family: 4, hints: dns.ADDRCONFIG }],
];

function next(i) {
  if (i === steps.length) return promises();
  const [host, options] = steps[i];
  const args = options === undefined ? [host] : [host, options];
  dns.lookup(...args, (err, address, family) => {
    console.log(JSON.stringify(args), err ? err.code : address, family);
    next(i + 1);
  });
}

async function promises() {
  console.log(await dns.promises.lookup('127.0.0.1'));
  console.log(await dns.promises.lookup('localhost', { family: 4, all: true }));
  console.log(await dns.promises.lookup('::1', { family: 6 }));
  console.log(await require('node:util').promisify(dns.lookup)('127.0.0.1'));
  console.log(await require('node:util').promisify(dns.lookup)('127.0.0.1', { all: true }));
}

// A literal answers on a later tick, not synchronously.
let sync = true;
dns.lookup('10.0.0.1', () => console.log('literal callback sync:', sync));
sync = false;
next(0);

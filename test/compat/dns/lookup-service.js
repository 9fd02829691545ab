'use strict';
// dns.lookupService names an address and port through getnameinfo (/etc/hosts and /etc/services).
const dns = require('node:dns');

dns.lookupService('127.0.0.1', 22, (err, host, service) => {
  console.log(err, host, service);
  dns.lookupService('127.0.0.1', 0, (err2, host2, service2) => {
    console.log(err2, host2, service2);
    dns.promises.lookupService('127.0.0.1', '80').then((result) => console.log(result));
  });
});

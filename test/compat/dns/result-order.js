'use strict';
// setDefaultResultOrder/getDefaultResultOrder, shared by dns and dns/promises.
const dns = require('node:dns');

console.log(dns.getDefaultResultOrder(), dns.promises.getDefaultResultOrder());
dns.setDefaultResultOrder('ipv4first');
console.log(dns.getDefaultResultOrder(), dns.promises.getDefaultResultOrder());
dns.promises.setDefaultResultOrder('ipv6first');
console.log(dns.getDefaultResultOrder());
dns.setDefaultResultOrder('verbatim');
console.log(dns.getDefaultResultOrder());

// A bound socket keeps the process alive unless unref'd; ref() undoes that; an unbound socket does not.
'use strict';
const dgram = require('dgram');

dgram.createSocket('udp4'); // never bound: no reason to stay alive
const unrefd = dgram.createSocket('udp4');
unrefd.bind(0, '127.0.0.1', () => console.log('unref\'d socket listening'));
console.log('unref returns the socket:', unrefd.unref() === unrefd);
const refd = dgram.createSocket('udp4').unref();
refd.ref();
refd.bind(0, '127.0.0.1', () => {
  console.log('ref\'d socket listening');
  setTimeout(() => {
    console.log('closing the ref\'d socket');
    refd.close();
  }, 20);
});
process.on('exit', () => console.log('exit'));

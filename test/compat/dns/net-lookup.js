'use strict';
// net and dgram look names up through dns.lookup (so patching it reaches them) or their `lookup` option.
const dns = require('node:dns');
const net = require('node:net');
const dgram = require('node:dgram');

const originalLookup = dns.lookup;
const seen = [];
dns.lookup = function(hostname, options, callback) {
  seen.push([hostname, typeof options === 'object' ? { ...options } : options]);
  return originalLookup.call(this, hostname, options, callback);
};

const server = net.createServer((socket) => socket.end('hi')).listen(0, '127.0.0.1', () => {
  const { port } = server.address();
  const client = net.connect({ port, host: 'localhost', family: 4 });
  client.on('lookup', (err, address, family, host) => console.log('lookup event', err, address, family, host));
  client.on('data', (data) => console.log('data', data.toString()));
  client.on('close', () => {
    const custom = net.connect({ port, host: 'my.custom.name', lookup(hostname, options, callback) {
      console.log('custom lookup', hostname, options);
      process.nextTick(callback, null, [{ address: '127.0.0.1', family: 4 }]);
    } });
    custom.on('lookup', (err, address, family, host) => console.log('custom lookup event', err, address, family, host));
    custom.on('close', () => {
      const failing = net.connect({ port, host: 'fails.invalid', lookup(hostname, options, callback) {
        process.nextTick(callback, Object.assign(new Error('no such host'), { code: 'ENOTFOUND' }));
      } });
      failing.on('lookup', (err) => console.log('failing lookup event', err.message));
      failing.on('error', (err) => {
        console.log('error', err.message);
        udp(port);
      });
    });
    custom.resume();
  });
  try {
    net.connect({ port, host: 'x.test', lookup: 5 });
  } catch (err) {
    console.log(err.code, err.message);
  }
});

function udp() {
  const receiver = dgram.createSocket('udp4');
  receiver.bind(0, 'localhost', () => {
    const sender = dgram.createSocket({ type: 'udp4', lookup(hostname, family, callback) {
      console.log('udp custom lookup', hostname, family);
      callback(null, '127.0.0.1', 4);
    } });
    receiver.on('message', (msg) => {
      console.log('message', msg.toString());
      sender.close();
      receiver.close();
      server.close();
      console.log('dns.lookup calls', seen);
    });
    sender.send('ping', receiver.address().port, 'anything.test');
  });
}

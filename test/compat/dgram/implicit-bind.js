// send and connect bind an unbound socket themselves (any address, any port) and wait for it: 'listening'
// comes first, then the queued work in order; a listener added before the send runs before it.
'use strict';
const dgram = require('dgram');

const target = dgram.createSocket('udp4');
const source = dgram.createSocket('udp4');
const order = [];
let received = 0;
target.on('message', (msg) => {
  order.push(`received ${msg}`);
  if (++received === 2) {
    console.log(order.join('\n'));
    source.close();
    target.close();
  }
});
target.bind(0, '127.0.0.1', () => {
  const { port } = target.address();
  source.on('listening', () => {
    const { address, family } = source.address();
    order.push(`listening on ${address} ${family}, queue ${source.getSendQueueCount()}`);
  });
  source.send('abc', port, '127.0.0.1', (err, n) => order.push(`sent abc ${err} ${n}`));
  source.send('def', port, '127.0.0.1', (err, n) => order.push(`sent def ${err} ${n}`));
  order.push('sends returned');
  try {
    source.address();
  } catch (err) {
    order.push(`address() while binding: ${err.message}`);
  }
});

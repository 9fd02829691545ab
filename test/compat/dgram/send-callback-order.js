// Send callbacks run on later ticks, in order, all before the datagrams are read; send returns undefined.
'use strict';
const dgram = require('dgram');

const receiver = dgram.createSocket('udp4');
const order = [];
let received = 0;
receiver.on('message', (msg) => {
  order.push(`message ${msg}`);
  if (++received === 3) {
    console.log(order.join('\n'));
    receiver.close();
    sender.close();
  }
});
const sender = dgram.createSocket('udp4');
receiver.bind(0, '127.0.0.1', () => {
  sender.bind(0, () => {
    const { port } = receiver.address();
    for (const text of ['one', 'two', 'three']) {
      const returned = sender.send(text, port, '127.0.0.1', (err, n) => order.push(`callback ${text} ${err} ${n}`));
      order.push(`send ${text} returned ${returned}`);
    }
    process.nextTick(() => order.push('nextTick'));
    Promise.resolve().then(() => order.push('microtask'));
  });
});

// MessagePorts inside messages: event.ports lists the transferred ports in transfer-list order whatever their place
// in the value, the same port object appears wherever the value refers to it, a port listed but not referenced in
// the value still moves (found only in event.ports), and each moved port works and closes its channel; ArrayBuffers
// in the same transfer list move along. Messages on different channels have no order among them: that part of
// the log is shown sorted.
const { MessageChannel } = require('node:worker_threads');

const carrier = new MessageChannel();
const channels = { a: new MessageChannel(), b: new MessageChannel(), c: new MessageChannel(), d: new MessageChannel() };
const buffer = new Uint8Array([1, 2, 3]).buffer;
const log = [];
let closed = 0;

carrier.port2.addEventListener('message', (event) => {
  const { data, ports } = event;
  console.log('ports', ports.length, Object.isFrozen(ports), Array.isArray(ports));
  console.log('order is the transfer list', ports[0] === data.list[1], ports[1] === data.first,
    ports[2] === data.list[0], !Object.values(data).flat().includes(ports[3]));
  console.log('same object twice', data.first === data.again, 'buffer', [...new Uint8Array(data.buffer)]);
  const moved = { a: data.first, b: data.list[1], c: data.list[0], d: ports[3] };
  for (const [tag, port] of Object.entries(moved)) {
    port.on('message', (m) => {
      log.push(`moved port ${tag} got "${m}"`);
      port.postMessage(`${m} back`);
    });
  }
}, { once: true });

carrier.port1.postMessage({ first: channels.a.port2, list: [channels.c.port2, channels.b.port2], again: channels.a.port2, buffer },
  [channels.b.port2, channels.a.port2, channels.c.port2, channels.d.port2, buffer]);
console.log('sender side: buffer detached', buffer.byteLength === 0);
for (const [tag, ch] of Object.entries(channels)) {
  ch.port1.on('message', (m) => {
    log.push(`reply on ${tag}: "${m}"`);
    ch.port1.close();
  });
  ch.port1.on('close', () => {
    log.push(`closed ${tag}`);
    if (++closed === 4) {
      console.log(log.sort().join('\n'));
      carrier.port1.close();
    }
  });
  ch.port1.postMessage(`hello ${tag}`);
}

// fork with serialization 'advanced': the structured clone (Map, Set, BigInt, Date, typed arrays, cycles).
const { fork } = require('node:child_process');

if (process.argv[2] === 'child') {
  process.on('message', (message) => {
    process.send({ got: message, isMap: message.map instanceof Map, cyclic: message.self === message });
    process.disconnect();
  });
} else {
  const child = fork(__filename, ['child'], { serialization: 'advanced' });
  const value = { map: new Map([['k', 1n]]), set: new Set([1, 2]), date: new Date(0), bytes: new Uint8Array([1, 2]) };
  value.self = value;
  child.on('message', (reply) => {
    console.log(reply.isMap, reply.cyclic, reply.got.map.get('k'), [...reply.got.set], reply.got.date.toISOString(),
      reply.got.bytes);
  });
  child.on('exit', (code) => console.log('exit', code));
  child.send(value);
}

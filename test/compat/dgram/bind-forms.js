// bind's argument forms, its return value, the address it reports, and binding twice.
'use strict';
const dgram = require('dgram');

const forms = [
  ['no arguments', (s, cb) => { s.once('listening', cb); return s.bind(); }],
  ['callback only', (s, cb) => s.bind(cb)],
  ['port', (s, cb) => { s.once('listening', cb); return s.bind(0); }],
  ['port and callback', (s, cb) => s.bind(0, cb)],
  ['port and address', (s, cb) => s.bind(0, '127.0.0.1', cb)],
  ['options', (s, cb) => s.bind({ port: 0, address: '127.0.0.1' }, cb)],
  ['empty options', (s, cb) => s.bind({}, cb)],
  ['address undefined', (s, cb) => s.bind(0, undefined, cb)],
  ['numeric string port', (s, cb) => s.bind('0', cb)],
  ['udp6', (s, cb) => s.bind(0, '::1', cb), 'udp6'],
  ['udp6 default', (s, cb) => s.bind(cb), 'udp6'],
];

function run(i) {
  if (i === forms.length) return;
  const [label, bind, type = 'udp4'] = forms[i];
  const socket = dgram.createSocket(type);
  const returned = bind(socket, function() {
    const { address, family, port } = socket.address();
    console.log(label, '->', address, family, port > 0, this === socket, returned === socket);
    try {
      socket.bind();
    } catch (err) {
      console.log('  again:', err.name, err.code, err.message);
    }
    socket.close(() => run(i + 1));
  });
}
run(0);

// Every message form send takes, each received whole, with the callback's byte count and rinfo.
'use strict';
const dgram = require('dgram');

const receiver = dgram.createSocket('udp4');
const sender = dgram.createSocket('udp4');
const bytes = Buffer.from('abcdef');
const forms = [
  ['string', (port, cb) => sender.send('hello', port, '127.0.0.1', cb)],
  ['Buffer', (port, cb) => sender.send(bytes, port, '127.0.0.1', cb)],
  ['offset and length', (port, cb) => sender.send(bytes, 2, 3, port, '127.0.0.1', cb)],
  ['string with offset', (port, cb) => sender.send('0123456789', 4, 2, port, '127.0.0.1', cb)],
  ['Uint16Array', (port, cb) => sender.send(new Uint16Array([0x6968, 0x2121]), port, '127.0.0.1', cb)],
  ['DataView slice', (port, cb) => sender.send(new DataView(bytes.buffer, bytes.byteOffset + 1, 2), port, '127.0.0.1', cb)],
  ['array of parts', (port, cb) => sender.send(['ab', Buffer.from('cd'), new Uint8Array([101, 102])], port, '127.0.0.1', cb)],
  ['empty string', (port, cb) => sender.send('', port, '127.0.0.1', cb)],
  ['empty array', (port, cb) => sender.send([], port, '127.0.0.1', cb)],
  ['empty Buffer with range', (port, cb) => sender.send(Buffer.alloc(0), 0, 0, port, '127.0.0.1', cb)],
  ['default address', (port, cb) => sender.send('to localhost', port, cb)],
  ['null address', (port, cb) => sender.send('null address', port, null, cb)],
  ['empty address', (port, cb) => sender.send('empty address', port, '', cb)],
  ['port as string', (port, cb) => sender.send('string port', String(port), '127.0.0.1', cb)],
  ['no callback', (port) => sender.send('no callback', port, '127.0.0.1')],
];

let current = 0;
receiver.on('message', (msg, rinfo) => {
  console.log(`  received ${JSON.stringify(msg.toString('latin1'))} from ${rinfo.address} ${rinfo.family}`,
    `size ${rinfo.size} port ok ${rinfo.port === sender.address().port}`, Object.keys(rinfo).join());
  next();
});

function next() {
  if (current === forms.length) {
    sender.close();
    receiver.close();
    return;
  }
  const [label, send] = forms[current++];
  console.log(label);
  send(receiver.address().port, (err, sent) => console.log('  callback', err, sent));
}

receiver.bind(0, '127.0.0.1', () => sender.bind(0, '127.0.0.1', next));

// connect's argument checks and its failures: a bad port or address type throws; an address of the other
// family or a failed lookup reaches the callback, or 'error' without one.
'use strict';
const dgram = require('dgram');

const socket = dgram.createSocket('udp4');
for (const port of [0, -1, 65536, 'abc', 1.5, NaN, null, true, {}, undefined]) {
  try {
    socket.connect(port);
  } catch (err) {
    console.log(`port ${String(port)}:`, err.name, err.code, err.message);
  }
}
try {
  socket.connect(80, 5);
} catch (err) {
  console.log('address 5:', err.name, err.code, err.message);
}
socket.close();

function lookup(address, family, callback) {
  process.nextTick(callback, Object.assign(new Error(`getaddrinfo ENOTFOUND ${address}`), { code: 'ENOTFOUND' }));
}

const other = dgram.createSocket('udp4');
other.connect(5000, '::1', (err) => {
  console.log('other family:', err.message, err.code, err.address, err.port, Object.keys(err));
  const failing = dgram.createSocket({ type: 'udp4', lookup: (address, family, cb) => {
    if (address === 'nowhere.example') lookup(address, family, cb);
    else process.nextTick(cb, null, address, family);
  } });
  failing.on('error', (err) => {
    console.log('lookup failure as error event:', err.message);
    failing.connect(5000, '127.0.0.1', () => {
      console.log('connected after the failure');
      failing.close();
      other.close();
    });
  });
  failing.connect(5000, 'nowhere.example');
});

// udp6: loopback traffic, the default dual-stack bind showing IPv4 peers as IPv4-mapped addresses, and
// ipv6Only leaving the IPv4 port free.
'use strict';
const dgram = require('dgram');

const steps = [
  (next) => {
    const socket = dgram.createSocket('udp6');
    socket.on('message', (msg, rinfo) => {
      console.log('received', msg.toString(), rinfo.address, rinfo.family, rinfo.size);
      socket.close(next);
    });
    socket.bind(0, '::1', () => {
      const { address, family } = socket.address();
      console.log('bound', address, family);
      socket.send('six', socket.address().port); // default address: ::1
    });
  },
  (next) => {
    const socket = dgram.createSocket('udp6');
    socket.on('message', (msg, rinfo) => {
      console.log('from an IPv4 sender:', rinfo.address, rinfo.family);
      socket.close(next);
    });
    socket.bind(0, () => {
      console.log('default bind', socket.address().address);
      const client = dgram.createSocket('udp4');
      client.send('mapped', socket.address().port, '127.0.0.1', () => client.close());
    });
  },
  (next) => {
    const socket = dgram.createSocket({ type: 'udp6', ipv6Only: true });
    socket.bind({ port: 0, address: '::' }, () => {
      const client = dgram.createSocket('udp4');
      client.on('error', (err) => console.log('unexpected', err.message));
      client.bind({ port: socket.address().port, address: '0.0.0.0' }, () => {
        console.log('ipv6Only: the IPv4 side of the port is free');
        client.close();
        socket.close(next);
      });
    });
  },
  (next) => {
    const socket = dgram.createSocket('udp6');
    socket.bind(0, '::1', () => {
      socket.send('x', 9, '127.0.0.1', (err) => {
        console.log('IPv4 address on udp6:', err.message, err.code);
        socket.connect(socket.address().port, (err) => {
          console.log('connect default address:', err, socket.remoteAddress().address);
          socket.close(next);
        });
      });
    });
  },
  (next) => {
    const socket = dgram.createSocket({ type: 'udp4', ipv6Only: true });
    socket.on('error', (err) => {
      console.log('ipv6Only on udp4:', err.message, err.code);
      socket.close(next);
    });
    socket.bind(0, '127.0.0.1');
  },
];
(function run(i) {
  if (i < steps.length) steps[i](() => run(i + 1));
})(0);

'use strict';
// A truncated UDP answer (TC bit) makes the resolver ask again over TCP on the same port.
const dns = require('node:dns');
const dgram = require('node:dgram');
const net = require('node:net');

// The reply to a query: over UDP truncated and empty, over TCP with one A record.
function reply(query, truncated) {
  const header = Buffer.from([query[0], query[1], 0x81 | (truncated ? 0x02 : 0), 0x80, 0, 1, 0, truncated ? 0 : 1,
    0, 0, 0, 0]);
  const answer = truncated ? Buffer.alloc(0) : Buffer.from([0xc0, 12, 0, 1, 0, 1, 0, 0, 0, 5, 0, 4, 10, 9, 8, 7]);
  return Buffer.concat([header, query.subarray(12), answer]);
}

let tcpQueries = 0;
const tcp = net.createServer((socket) => {
  socket.on('data', (framed) => {
    tcpQueries++;
    const answer = reply(framed.subarray(2), false);
    const length = Buffer.alloc(2);
    length.writeUInt16BE(answer.length);
    socket.end(Buffer.concat([length, answer]));
  });
}).listen(0, '127.0.0.1', () => {
  const { port } = tcp.address();
  const udp = dgram.createSocket('udp4');
  udp.on('message', (query, rinfo) => udp.send(reply(query, true), rinfo.port, rinfo.address));
  udp.bind(port, '127.0.0.1', () => {
    const resolver = new dns.Resolver({ timeout: 1000, tries: 1 });
    resolver.setServers([`127.0.0.1:${port}`]);
    resolver.resolve4('big.test', { ttl: true }, (err, addresses) => {
      console.log(err, addresses, 'TCP queries:', tcpQueries);
      udp.close();
      tcp.close();
    });
  });
});

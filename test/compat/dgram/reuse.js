// Two sockets on one port: EADDRINUSE by default, allowed with reuseAddr or reusePort on both.
'use strict';
const dgram = require('dgram');

function pair(label, options, next) {
  const first = dgram.createSocket({ type: 'udp4', ...options });
  first.bind(0, '127.0.0.1', () => {
    const second = dgram.createSocket({ type: 'udp4', ...options });
    second.on('error', (err) => {
      console.log(label, 'error', err.code);
      second.close();
      first.close(next);
    });
    second.bind(first.address().port, '127.0.0.1', () => {
      console.log(label, 'both bound:', second.address().port === first.address().port);
      second.close();
      first.close(next);
    });
  });
}

pair('default', {}, () => pair('reuseAddr', { reuseAddr: true }, () => pair('reusePort', { reusePort: true }, () => {})));

'use strict';
// http.request's lookup and family options reach the connection's dns.lookup call.
const http = require('node:http');
const dns = require('node:dns');

const server = http.createServer((req, res) => res.end(req.headers.host.split(':')[0])).listen(0, '127.0.0.1', () => {
  const { port } = server.address();
  const lookup = (hostname, options, callback) => {
    console.log('lookup', hostname, options);
    process.nextTick(callback, null, [{ address: '127.0.0.1', family: 4 }]);
  };
  http.get({ host: 'my.service.test', port, lookup }, (res) => {
    res.setEncoding('utf8');
    res.on('data', (body) => console.log('body', body));
    res.on('end', () => {
      const original = dns.lookup;
      dns.lookup = (hostname, options, callback) => {
        console.log('patched dns.lookup', hostname, options);
        dns.lookup = original;
        return original(hostname, options, callback);
      };
      http.get({ host: 'localhost', port, family: 4, agent: false }, (res2) => {
        res2.resume();
        res2.on('end', () => server.close());
      });
    });
  });
});

// tls.connect's argument forms (options, port+host, port+host+options, port+options) with the callback as
// 'secureConnect', the 'connect' before it, data both ways, and end() sending close_notify then FIN.
const tls = require('tls');
const F = require('./fixtures');

const server = tls.createServer({ key: F('server-key.pem'), cert: F('server.pem') }, (socket) => {
  socket.setEncoding('utf8');
  socket.on('data', (data) => socket.write(data.toUpperCase()));
  socket.on('end', () => socket.end());
});

function run(label, makeClient) {
  return new Promise((resolve) => {
    const events = [];
    const client = makeClient(() => {
      events.push('secureConnect');
      client.write('ping ' + label);
    });
    client.on('connect', () => events.push('connect'));
    client.setEncoding('utf8');
    client.on('data', (data) => { events.push(data); client.end(); });
    client.on('end', () => events.push('end'));
    client.on('close', (hadError) => {
      console.log(label, events.join(' | '), hadError, client instanceof tls.TLSSocket, client.encrypted);
      resolve();
    });
  });
}

server.listen(0, '127.0.0.1', async () => {
  const { port } = server.address();
  const ca = F('ca.pem');
  await run('options', (cb) => tls.connect({ port, host: '127.0.0.1', ca }, cb));
  await run('port+host+options', (cb) => tls.connect(port, '127.0.0.1', { ca }, cb));
  await run('port+options', (cb) => tls.connect(port, { ca, host: '127.0.0.1' }, cb));
  await run('localhost by name', (cb) => tls.connect({ port, host: 'localhost', ca, family: 4 }, cb));
  server.close(() => console.log('server closed'));
});

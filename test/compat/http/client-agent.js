// Agent pooling: keep-alive reuse (reusedSocket, one connection on the server), maxSockets queueing, getName,
// the globalAgent's options, an agent without keepAlive closing each connection, agent.destroy().
const http = require('http');

let connections = 0;
const server = http.createServer((req, res) => setTimeout(() => res.end(req.url), 5));
server.on('connection', () => { connections++; });

function get(agent, path) {
  return new Promise((resolve, reject) => {
    const req = http.get({ host: '127.0.0.1', port: server.address().port, path, agent }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (d) => { body += d; });
      res.on('end', () => resolve(`${body} reused=${req.reusedSocket} conn=${res.headers.connection}`));
    });
    req.on('error', reject);
  });
}

server.listen(0, '127.0.0.1', async () => {
  const g = http.globalAgent;
  console.log('global', g.keepAlive, g.maxSockets, g.maxFreeSockets, g.scheduling, g.options.timeout, g.defaultPort, g.protocol);
  const keep = new http.Agent({ keepAlive: true });
  console.log(keep.getName({ host: 'a', port: 80 }), keep.getName({}), keep.getName({ host: 'a', port: 1, localAddress: 'l', family: 6 }));
  console.log(await get(keep, '/1'));
  console.log(await get(keep, '/2'));
  console.log(await get(keep, '/3'));
  const name = `127.0.0.1:${server.address().port}:`;
  console.log('free sockets', keep.freeSockets[name]?.length, 'in use', keep.sockets[name]?.length ?? 0, 'connections', connections);

  const one = new http.Agent({ keepAlive: true, maxSockets: 1 });
  const all = await Promise.all([get(one, '/a'), get(one, '/b'), get(one, '/c')]);
  console.log(all.join(' | '), 'connections', connections);

  const plain = new http.Agent();
  console.log(await get(plain, '/x'), await get(plain, '/y'), 'connections', connections);
  console.log(await get(false, '/z'), 'connections', connections);

  keep.destroy();
  one.destroy();
  setTimeout(() => {
    console.log('after destroy', Object.keys(keep.freeSockets).length, Object.keys(keep.sockets).length);
    server.close(() => console.log('closed'));
  }, 50);
});

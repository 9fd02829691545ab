// cluster: UDP sockets bound with exclusive: true in two workers (fixed ports 43521 and 43522) are the workers' own,
// so the primary sees no 'listening' event for them; each answers datagrams, and after worker.disconnect() the
// worker closes its socket itself and exits with exitedAfterDisconnect true.
const cluster = require('node:cluster');
const dgram = require('node:dgram');

const BASE = 43520;
if (cluster.isPrimary) {
  let listeningEvents = 0;
  cluster.on('listening', () => listeningEvents++);
  const workers = [cluster.fork({ UDP_PORT: String(BASE + 1) }), cluster.fork({ UDP_PORT: String(BASE + 2) })];
  const said = [];
  for (const w of workers) {
    w.on('message', (m) => {
      said.push(m);
      if (said.length === 2) ping();
    });
    w.on('exit', (code, signal) => said.push(`exit ${code} ${signal} ${w.exitedAfterDisconnect}`));
  }
  process.on('exit', () => console.log('cluster listening events', listeningEvents, 'workers said', said.sort()));

  function ping() {
    const client = dgram.createSocket('udp4');
    const answers = [];
    client.on('message', (msg, rinfo) => {
      answers.push(`${String(msg).replace(/\d+$/, 'N')} from port ${rinfo.port - BASE}`);
      if (answers.length === 2) {
        console.log('answers', answers.sort());
        client.close();
        for (const w of workers) w.disconnect();
      }
    });
    client.send('one', BASE + 1, '127.0.0.1');
    client.send('two', BASE + 2, '127.0.0.1');
  }
} else {
  const own = dgram.createSocket('udp4');
  own.on('message', (msg, rinfo) => own.send(`${msg} answered by worker ${cluster.worker.id}`, rinfo.port, rinfo.address));
  own.bind({ port: Number(process.env.UDP_PORT), address: '127.0.0.1', exclusive: true }, () => {
    process.send(`bound ${own.address().port - BASE} ${own.address().family}`);
  });
  cluster.worker.on('disconnect', () => own.close());
}

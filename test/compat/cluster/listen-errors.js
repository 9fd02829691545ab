// cluster: a worker's listen() on a port the primary itself holds fails with Node's 'bind' error; a Unix socket
// path works through the primary too.
const cluster = require('node:cluster');
const net = require('node:net');
const path = require('node:path');
const os = require('node:os');

if (cluster.isPrimary) {
  const blocker = net.createServer().listen(0, '127.0.0.1', () => {
    const worker = cluster.fork({ BLOCKED: String(blocker.address().port) });
    worker.on('message', (message) => console.log('worker says', JSON.stringify(message)));
    worker.on('exit', (code) => {
      console.log('exit', code);
      blocker.close();
    });
  });
} else {
  const server = net.createServer();
  server.on('error', (err) => {
    process.send({ code: err.code, syscall: err.syscall, address: err.address,
      portMatches: err.port === Number(process.env.BLOCKED),
      message: err.message.replace(process.env.BLOCKED, 'PORT') });
    const socketPath = path.join(os.tmpdir(), `jnode-cluster-${process.pid}.sock`);
    const pipeServer = net.createServer((socket) => socket.end('over the pipe'));
    pipeServer.listen(socketPath, () => {
      process.send({ pipeAddress: pipeServer.address() === socketPath });
      net.connect(socketPath).on('data', (data) => {
        process.send({ got: String(data) });
        pipeServer.close(() => process.disconnect());
      });
    });
  });
  server.listen(Number(process.env.BLOCKED), '127.0.0.1');
}

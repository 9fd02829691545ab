// A worker's sockets close when it ends: its listening server refuses connections after 'exit'.
const { Worker, isMainThread, parentPort } = require('worker_threads');
const net = require('net');
if (isMainThread) {
  const w = new Worker(__filename);
  w.on('message', (port) => {
    w.on('exit', (code) => {
      console.log('worker exit', code);
      const c = net.connect(port, '127.0.0.1');
      c.on('error', (e) => console.log('connect after exit:', e.code));
      c.on('connect', () => { console.log('connected?!'); c.destroy(); });
    });
  });
} else {
  const server = net.createServer().listen(0, '127.0.0.1', () => {
    parentPort.postMessage(server.address().port);
    server.unref();
  });
}

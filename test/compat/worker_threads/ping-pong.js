// Ping-pong between the main thread and a worker over a MessageChannel handed over in workerData: each side
// answers the other's counter plus one, so the exchange has one fixed order; the worker then closes its port and
// the main side sees 'close' before the worker's 'exit'.
const { Worker, MessageChannel, isMainThread, workerData } = require('node:worker_threads');

if (isMainThread) {
  const { port1, port2 } = new MessageChannel();
  const log = [];
  const w = new Worker(__filename, { workerData: { port: port2 }, transferList: [port2] });
  port1.on('message', (n) => {
    log.push(`main got ${n}`);
    if (n < 20) port1.postMessage(n + 1);
    else port1.postMessage('stop');
  });
  port1.on('close', () => log.push('port1 close'));
  w.on('exit', (code) => {
    log.push(`exit ${code}`);
    console.log(log.join('\n'));
  });
  port1.postMessage(0);
} else {
  const { port } = workerData;
  const seen = [];
  port.on('message', (m) => {
    if (m === 'stop') {
      port.postMessage(`worker saw ${seen.join(',')}`);
      port.close();
      return;
    }
    seen.push(m);
    port.postMessage(m + 1);
  });
}

// A port transferred to a worker closes when the worker ends, so the end that stayed behind stops keeping the
// process alive.
const { MessageChannel, MessagePort, Worker } = require('worker_threads');
const channel = new MessageChannel();
const w = new Worker(`
    const { MessagePort } = require('worker_threads');
    require('worker_threads').parentPort.on('message', ({ port }) => {
      if (!(port instanceof MessagePort)) throw new Error('not a port');
      port.postMessage('works');
    });
  `, { eval: true });
w.postMessage({ port: channel.port2 }, [ channel.port2 ]);
channel.port1.on('message', (message) => {
  console.log('main', message);
  w.terminate().then((c) => console.log('terminated', c));
});
w.on('exit', (c) => console.log('exit', c));

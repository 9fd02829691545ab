const { EventEmitter, captureRejectionSymbol } = require('events');
(async () => {
  const ee = new EventEmitter({ captureRejections: true });
  ee.on('job', async () => { throw new Error('job failed'); });
  ee.on('error', (err) => console.log('error event', err.message));
  ee.emit('job');
  await new Promise((resolve) => setImmediate(resolve));

  const custom = new EventEmitter({ captureRejections: true });
  custom[captureRejectionSymbol] = (err, type, ...args) => console.log('symbol handler', err.message, type, args);
  custom.on('work', async () => { throw new Error('work failed'); });
  custom.emit('work', 1, 2);
  await new Promise((resolve) => setImmediate(resolve));

  console.log(EventEmitter.captureRejections);
  EventEmitter.captureRejections = true;
  const global = new EventEmitter();
  global.on('x', () => Promise.reject(new Error('global capture')));
  global.on('error', (err) => console.log('captured by default', err.message));
  global.emit('x');
  await new Promise((resolve) => setImmediate(resolve));
  EventEmitter.captureRejections = false;
  console.log(new EventEmitter({ captureRejections: false }).listenerCount('error'));
})();

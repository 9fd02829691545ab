const { EventEmitter, errorMonitor } = require('events');
const ee = new EventEmitter();
ee.on(errorMonitor, (err) => console.log('monitor', err.message));
ee.on('error', (err) => console.log('handler', err.message));
ee.emit('error', new Error('first'));
const bare = new EventEmitter();
bare.on(errorMonitor, (err) => console.log('monitor sees', err.message));
try {
  bare.emit('error', new Error('unhandled'));
} catch (err) {
  console.log('thrown', err.message);
}
console.log(ee.listenerCount(errorMonitor), ee.eventNames());

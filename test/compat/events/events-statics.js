const events = require('events');
const { EventEmitter, getEventListeners, getMaxListeners, setMaxListeners, listenerCount } = events;
console.log(Object.keys(events).filter((k) => k !== 'EventEmitterAsyncResource'));
console.log(typeof events.errorMonitor, String(events.errorMonitor), events.captureRejectionSymbol === Symbol.for('nodejs.rejection'));
console.log(typeof events.kMaxEventTargetListeners, events.usingDomains, events.defaultMaxListeners);

const ee = new EventEmitter();
const f = () => {};
ee.on('a', f);
ee.once('a', f);
console.log(getEventListeners(ee, 'a').length, getEventListeners(ee, 'a')[1] === f, getEventListeners(ee, 'b'));
const et = new EventTarget();
const h = { handleEvent() {} };
et.addEventListener('a', f);
et.addEventListener('a', f, true);
et.addEventListener('a', h);
console.log(getEventListeners(et, 'a'), getEventListeners(et, 'b'));

console.log(getMaxListeners(ee), getMaxListeners(et), getMaxListeners(new AbortController().signal));
setMaxListeners(3, ee, et);
console.log(getMaxListeners(ee), getMaxListeners(et), ee.getMaxListeners());
setMaxListeners(7);
console.log(events.defaultMaxListeners, getMaxListeners(new EventEmitter()), getMaxListeners(new EventTarget()));
setMaxListeners();
console.log(events.defaultMaxListeners);
events.defaultMaxListeners = 10;

console.log(listenerCount(ee, 'a'), EventEmitter.listenerCount(ee, 'b'), ee.listenerCount('a', f));

function attempt(fn) {
  try {
    fn();
    console.log('no error');
  } catch (err) {
    console.log(err.name, err.code, err.message);
  }
}
attempt(() => getEventListeners({}, 'x'));
attempt(() => getMaxListeners({}));
attempt(() => setMaxListeners(1, {}));
attempt(() => setMaxListeners(-1));
attempt(() => setMaxListeners(NaN));
attempt(() => setMaxListeners('1'));
attempt(() => { events.defaultMaxListeners = -1; });
attempt(() => { events.defaultMaxListeners = 'x'; });
attempt(() => ee.setMaxListeners(-1));
attempt(() => ee.setMaxListeners('x'));
attempt(() => { EventEmitter.captureRejections = 1; });
attempt(() => new EventEmitter({ captureRejections: 1 }));
attempt(() => ee.emit('error', 'a string'));
attempt(() => ee.emit('error', { message: 'obj' }));
attempt(() => ee.emit('error'));
try {
  getEventListeners(null, 'x');
} catch (err) {
  console.log('null emitter', err.name, err.code);
}

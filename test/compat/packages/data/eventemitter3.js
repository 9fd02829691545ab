// eventemitter3 5 unmodified: on/once/off with contexts, emit argument counts, symbols, listener queries,
// prefixed storage, removeAllListeners, subclassing and its ordering guarantees.
const EventEmitter = require('eventemitter3');

const show = (label, value) => console.log(label, JSON.stringify(value));
const ee = new EventEmitter();
const log = [];
const context = { name: 'ctx' };

ee.on('data', function (...args) { log.push(['on', this === context, args]); }, context);
ee.once('data', (...args) => log.push(['once', args]));
ee.on('data', function () { log.push(['this is emitter', this === ee]); });
for (let n = 0; n <= 6; n++) {
  ee.emit('data', ...Array.from({ length: n }, (_, i) => i));
}
show('log', log);
show('emit result', [ee.emit('data'), ee.emit('nothing'), ee.listenerCount('data'), ee.listenerCount('nothing')]);

const sym = Symbol('evt');
ee.on(sym, (v) => log.push(['symbol', v]));
ee.emit(sym, 'ok');
show('eventNames', ee.eventNames().map(String));
show('listeners', ee.listeners('data').map((fn) => typeof fn));

const handler = () => log.push(['handler']);
ee.on('x', handler);
ee.on('x', handler, context);
ee.once('x', handler);
ee.off('x', handler, context);
show('after off with context', ee.listenerCount('x'));
ee.removeListener('x', handler, undefined, true);
show('after off once-only', ee.listenerCount('x'));
ee.removeListener('x', handler);
show('after off', [ee.listenerCount('x'), ee.eventNames().includes('x')]);

ee.removeAllListeners('data');
show('removeAll one', [ee.listenerCount('data'), ee.eventNames().map(String)]);
ee.removeAllListeners();
show('removeAll', ee.eventNames());

const order = [];
const reentrant = new EventEmitter();
reentrant.on('e', () => { order.push('first'); reentrant.on('e', () => order.push('added during emit')); });
reentrant.on('e', function second() { order.push('second'); reentrant.off('e', second); });
reentrant.emit('e');
reentrant.emit('e');
show('mutation during emit', order);

class Store extends EventEmitter {
  set(k, v) { this.emit('change', k, v); return this; }
}
const store = new Store();
store.on('change', (k, v) => show('subclass change', [k, v]));
store.set('a', 1).set('b', 2);
show('instanceof', [store instanceof EventEmitter, typeof EventEmitter.prefixed, EventEmitter.EventEmitter === EventEmitter]);
const proto = new EventEmitter();
proto.on('__proto__', () => show('proto event', true));
proto.emit('__proto__');
show('chaining', proto.on('a', () => {}).once('b', () => {}).addListener('c', () => {}) === proto);
try {
  ee.on('bad', 'not a function');
} catch (e) {
  show('bad listener', [e.constructor.name, e.message]);
}

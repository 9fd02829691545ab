// EventEmitterAsyncResource: the ids it reports stay those of its resource, listeners run in the resource's
// async scope, and emitDestroy() reaches the resource.
const { EventEmitterAsyncResource } = require('events');
const { executionAsyncId, triggerAsyncId } = require('async_hooks');

const outer = executionAsyncId();
const e = new EventEmitterAsyncResource({ name: 'probe' });
const r = e.asyncResource;
console.log(typeof e.asyncId, e.asyncId === r.asyncId(), e.triggerAsyncId === r.triggerAsyncId(), e.triggerAsyncId === outer);
console.log(e.asyncId === e.asyncId, r.eventEmitter === e, r.constructor.name, Object.getOwnPropertyNames(EventEmitterAsyncResource.prototype));
e.on('ping', () => console.log('listener scope is the resource', executionAsyncId() === e.asyncId, triggerAsyncId() === e.triggerAsyncId));
console.log('emit returns', e.emit('ping'), e.emit('nobody'));
e.emitDestroy();
console.log('after destroy', e.asyncId === r.asyncId());
class Sub extends EventEmitterAsyncResource {}
// The base class needs a name (a string, or options.name); a subclass defaults to its own.
const attempts = [
  ['string', () => new EventEmitterAsyncResource('byString')],
  ['empty string', () => new EventEmitterAsyncResource('')],
  ['no options', () => new EventEmitterAsyncResource()],
  ['empty options', () => new EventEmitterAsyncResource({})],
  ['null', () => new EventEmitterAsyncResource(null)],
  ['number', () => new EventEmitterAsyncResource(42)],
  ['numeric name', () => new EventEmitterAsyncResource({ name: 1 })],
  ['bad captureRejections', () => new EventEmitterAsyncResource({ name: 'x', captureRejections: 1 })],
  ['subclass', () => new Sub()],
  ['subclass empty name', () => new Sub({ name: '' })],
  ['subclass numeric name', () => new Sub({ name: 1 })],
  ['subclass trigger', () => new Sub({ triggerAsyncId: 77 })],
];
for (const [label, make] of attempts) {
  try {
    const made = make();
    console.log(label, 'made', made.triggerAsyncId === 77);
  } catch (err) {
    console.log(label, err.code, err.message);
  }
}

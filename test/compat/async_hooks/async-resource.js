// AsyncResource: runInAsyncScope, bind, ids, the store of its creation, createHook's events for it.
const { AsyncResource, AsyncLocalStorage, createHook, executionAsyncId, executionAsyncResource } =
  require('node:async_hooks');
const { EventEmitterAsyncResource } = require('node:events');

const events = [];
const hook = createHook({
  init(id, type, trigger, resource) { if (type.startsWith('demo')) events.push(`init ${type} ${resource instanceof AsyncResource}`); },
  before() { events.push('before'); },
  after() { events.push('after'); },
  destroy() { events.push('destroy'); },
}).enable();

const als = new AsyncLocalStorage();
const resource = als.run('created', () => new AsyncResource('demo'));
console.log(typeof resource.asyncId(), resource.asyncId() > 0, resource.triggerAsyncId() === executionAsyncId());
console.log(resource.runInAsyncScope(function(a, b) {
  return [this.tag, a, b, als.getStore(), executionAsyncId() === resource.asyncId(),
    executionAsyncResource() === resource];
}, { tag: 'this' }, 1, 2));
const bound = resource.bind(function(x) { return [x, als.getStore(), this === undefined]; });
process.removeAllListeners('warning');
process.on('warning', (w) => console.log('warning', w.name, w.code, w.message));
console.log(bound.length, bound.asyncResource === resource, bound('y'));
const boundThis = resource.bind(function() { return this; }, 'fixed');
console.log(String(boundThis()));
const staticBound = AsyncResource.bind(function named() { return als.getStore(); });
console.log(staticBound.asyncResource.constructor.name, staticBound());
resource.emitDestroy();
hook.disable();
new AsyncResource('demo-after-disable');
console.log(events);

for (const args of [[1], [''], ['x', { triggerAsyncId: -2 }], ['x', 1.5]]) {
  try {
    new AsyncResource(...args);
  } catch (err) {
    console.log(err.code, err.name, err.message);
  }
}
try {
  createHook({ init: 1 });
} catch (err) {
  console.log(err.code, err.message);
}

class Emitter extends EventEmitterAsyncResource {}
const emitter = als.run('emitter', () => new Emitter());
emitter.on('ping', () => console.log('listener store', als.getStore()));
emitter.emit('ping');
console.log(emitter.asyncResource.constructor.name, emitter.asyncResource.eventEmitter === emitter,
  typeof emitter.asyncId, emitter.asyncId === emitter.asyncResource.asyncId());

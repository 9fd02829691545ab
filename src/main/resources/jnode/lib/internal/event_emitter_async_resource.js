'use strict';
// events.EventEmitterAsyncResource: an EventEmitter whose listeners run in the async context of its creation.

const EventEmitter = require('events');
const { AsyncResource } = require('async_hooks');
const { validateObject, validateString } = require('internal/validators');

// The resource behind each emitter; Node's name for its class shows in inspect output.
class EventEmitterReferencingAsyncResource extends AsyncResource {
  #eventEmitter;

  constructor(eventEmitter, type, options) {
    super(type, options);
    this.#eventEmitter = eventEmitter;
  }

  get eventEmitter() {
    return this.#eventEmitter;
  }
}

class EventEmitterAsyncResource extends EventEmitter {
  #resource;

  // `options` is the resource's name, or EventEmitter's and AsyncResource's options with an optional name.
  constructor(options = undefined) {
    const named = typeof options === 'string';
    const shared = named ? undefined : options;
    if (shared !== undefined) validateObject(shared, 'options');
    super(shared);
    const type = named ? options : shared?.name ?? new.target.name;
    validateString(type, 'name');
    this.#resource = new EventEmitterReferencingAsyncResource(this, type, shared);
  }

  emit(...eventAndArgs) {
    const emitHere = () => EventEmitter.prototype.emit.apply(this, eventAndArgs);
    return this.#resource.runInAsyncScope(emitHere);
  }

  emitDestroy() {
    this.#resource.emitDestroy();
  }

  get asyncId() {
    return this.#resource.asyncId();
  }

  get triggerAsyncId() {
    return this.#resource.triggerAsyncId();
  }

  get asyncResource() {
    return this.#resource;
  }
}

module.exports = { EventEmitterAsyncResource };

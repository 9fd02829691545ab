'use strict';
// events.EventEmitterAsyncResource: an EventEmitter whose listeners run in the async context of its creation.

const EventEmitter = require('events');
const { AsyncResource } = require('async_hooks');
const { validateString } = require('internal/validators');

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
  // A resource's ids are fixed when it is created: read once.
  #ids;

  // `options` is the resource's name, or EventEmitter's and AsyncResource's options with a name. The base
  // class requires the name; a subclass is named after itself unless given a (non-empty) name.
  constructor(options = undefined) {
    const nameOnly = typeof options === 'string';
    const settings = nameOnly ? undefined : options;
    if (!nameOnly && new.target === EventEmitterAsyncResource) validateString(settings?.name, 'options.name');
    super(settings);
    // AsyncResource checks the type itself.
    const type = nameOnly ? options : settings?.name || new.target.name;
    const resource = new EventEmitterReferencingAsyncResource(this, type, settings);
    this.#resource = resource;
    this.#ids = { own: resource.asyncId(), trigger: resource.triggerAsyncId() };
  }

  emit(...eventAndArgs) {
    const emitHere = () => EventEmitter.prototype.emit.apply(this, eventAndArgs);
    return this.#resource.runInAsyncScope(emitHere);
  }

  emitDestroy() {
    this.#resource.emitDestroy();
  }

  get asyncId() {
    return this.#ids.own;
  }

  get triggerAsyncId() {
    return this.#ids.trigger;
  }

  get asyncResource() {
    return this.#resource;
  }
}

module.exports = { EventEmitterAsyncResource };

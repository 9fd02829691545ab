'use strict';
// node:diagnostics_channel: named channels for publishing diagnostic messages, held weakly while nobody
// subscribes; stores (AsyncLocalStorage) bound to a channel; tracing channels (start/end/asyncStart/asyncEnd/error).

const { validateFunction } = require('internal/validators');
const { codes: { ERR_INVALID_ARG_TYPE } } = require('internal/errors');

// Named as in Node, whose inspect output shows the class of a channel's store map.
class SafeMap extends Map {}

/** Reports what a subscriber or store transform threw as uncaught, without stopping the publisher. */
function reportLater(err) {
  process.nextTick(() => {
    throw err;
  });
}

class Channel {
  constructor(name) {
    this._subscribers = undefined;
    this._stores = undefined;
    this.name = name;
    this._index = undefined;
  }

  // A channel with subscribers becomes an ActiveChannel (as in Node) and still counts as a Channel.
  static [Symbol.hasInstance](value) {
    const proto = value === null || typeof value !== 'object' ? null : Object.getPrototypeOf(value);
    return proto === Channel.prototype || proto === ActiveChannel.prototype;
  }
}

// An idle channel (no subscriber, no store) costs nothing to publish on. subscribe() and bindStore() make
// it active (it takes ActiveChannel's prototype) and the active implementation answers them. Defined in
// Node's order, as non-enumerable methods like a class's.
const idleChannelMethods = {
  subscribe(subscription) {
    validateFunction(subscription, 'subscription');
    return activate(this).subscribe(subscription);
  },
  unsubscribe() {
    return false;
  },
  bindStore(store, transform) {
    return activate(this).bindStore(store, transform);
  },
  unbindStore() {
    return false;
  },
  get hasSubscribers() {
    return false;
  },
  publish() {},
  runStores(data, fn, thisArg, ...args) {
    return Reflect.apply(fn, thisArg, args);
  },
};
for (const [name, descriptor] of Object.entries(Object.getOwnPropertyDescriptors(idleChannelMethods))) {
  Object.defineProperty(Channel.prototype, name, { ...descriptor, enumerable: false });
}

class ActiveChannel {
  get hasSubscribers() {
    return true;
  }

  subscribe(subscription) {
    validateFunction(subscription, 'subscription');
    // Copied, so that a publish in progress keeps the list it started with.
    this._subscribers = [...this._subscribers, subscription];
  }

  unsubscribe(subscription) {
    const index = this._subscribers.indexOf(subscription);
    if (index === -1) return false;
    this._subscribers = this._subscribers.toSpliced(index, 1);
    deactivateIfIdle(this);
    return true;
  }

  bindStore(store, transform) {
    this._stores.set(store, transform);
  }

  unbindStore(store) {
    if (!this._stores.delete(store)) return false;
    deactivateIfIdle(this);
    return true;
  }

  publish(data) {
    for (const onMessage of this._subscribers) {
      try {
        onMessage(data, this.name);
      } catch (err) {
        reportLater(err);
      }
    }
  }

  /** Runs fn inside every bound store, each set to its transform of data, publishing data first. */
  runStores(data, fn, thisArg, ...args) {
    const entries = [...this._stores];
    const enter = (i) => {
      if (i === entries.length) {
        this.publish(data);
        return Reflect.apply(fn, thisArg, args);
      }
      const [store, transform] = entries[i];
      let value = data;
      if (transform !== undefined) {
        try {
          value = transform(data);
        } catch (err) {
          reportLater(err);
          return enter(i + 1);
        }
      }
      return store.run(value, enter, i + 1);
    };
    return enter(0);
  }
}
Object.setPrototypeOf(ActiveChannel.prototype, Channel.prototype);

// name -> WeakRef of its Channel; a channel with subscribers or stores is also held strongly.
const channels = new Map();
const activeChannels = new Set();
const forget = new FinalizationRegistry((name) => {
  if (channels.get(name)?.deref() === undefined) channels.delete(name);
});

function activate(ch) {
  Object.setPrototypeOf(ch, ActiveChannel.prototype);
  ch._subscribers = [];
  ch._stores = new SafeMap();
  activeChannels.add(ch);
  return ch;
}

function deactivateIfIdle(ch) {
  if (ch._subscribers.length > 0 || ch._stores.size > 0) return;
  Object.setPrototypeOf(ch, Channel.prototype);
  ch._subscribers = undefined;
  ch._stores = undefined;
  activeChannels.delete(ch);
}

function channel(name) {
  const existing = channels.get(name)?.deref();
  if (existing !== undefined) return existing;
  if (typeof name !== 'string' && typeof name !== 'symbol') {
    throw new ERR_INVALID_ARG_TYPE('channel', ['string', 'symbol'], name);
  }
  const created = new Channel(name);
  channels.set(name, new WeakRef(created));
  forget.register(created, name);
  return created;
}

function hasSubscribers(name) {
  return channels.get(name)?.deref()?.hasSubscribers ?? false;
}

function subscribe(name, subscription) {
  channel(name).subscribe(subscription);
}

function unsubscribe(name, subscription) {
  return channel(name).unsubscribe(subscription);
}

// ---- tracing channels ----
const traceEvents = ['start', 'end', 'asyncStart', 'asyncEnd', 'error'];

class TracingChannel {
  constructor(nameOrChannels) {
    for (const event of traceEvents) {
      let ch;
      if (typeof nameOrChannels === 'string') {
        ch = channel(`tracing:${nameOrChannels}:${event}`);
      } else if (nameOrChannels !== null && typeof nameOrChannels === 'object') {
        ch = nameOrChannels[event];
        if (!(ch instanceof Channel)) throw new ERR_INVALID_ARG_TYPE(`nameOrChannels.${event}`, 'Channel', ch);
      } else {
        throw new ERR_INVALID_ARG_TYPE('nameOrChannels', ['string', 'object', 'TracingChannel'], nameOrChannels);
      }
      Object.defineProperty(this, event, { value: ch, enumerable: false, writable: false, configurable: true });
    }
  }

  get hasSubscribers() {
    return traceEvents.some((event) => this[event].hasSubscribers);
  }

  subscribe(handlers) {
    for (const event of traceEvents) {
      if (handlers[event] !== undefined) this[event].subscribe(handlers[event]);
    }
  }

  unsubscribe(handlers) {
    let all = true;
    for (const event of traceEvents) {
      if (handlers[event] !== undefined && !this[event].unsubscribe(handlers[event])) all = false;
    }
    return all;
  }

  traceSync(fn, context = {}, thisArg, ...args) {
    if (!this.hasSubscribers) return Reflect.apply(fn, thisArg, args);
    return this.start.runStores(context, () => {
      try {
        const result = Reflect.apply(fn, thisArg, args);
        context.result = result;
        return result;
      } catch (err) {
        this.#failed(context, err);
        throw err;
      } finally {
        this.end.publish(context);
      }
    });
  }

  tracePromise(fn, context = {}, thisArg, ...args) {
    if (!this.hasSubscribers) return Reflect.apply(fn, thisArg, args);
    const settled = () => {
      this.asyncStart.publish(context);
      this.asyncEnd.publish(context);
    };
    return this.start.runStores(context, () => {
      try {
        return Promise.resolve(Reflect.apply(fn, thisArg, args)).then((result) => {
          context.result = result;
          settled();
          return result;
        }, (err) => {
          this.#failed(context, err);
          settled();
          throw err;
        });
      } catch (err) {
        this.#failed(context, err);
        throw err;
      } finally {
        this.end.publish(context);
      }
    });
  }

  traceCallback(fn, position = -1, context = {}, thisArg, ...args) {
    if (!this.hasSubscribers) return Reflect.apply(fn, thisArg, args);
    const callback = args.at(position);
    validateFunction(callback, 'callback');
    const channels = this;
    // The callback runs inside asyncStart's stores, so that a store can restore the caller's context.
    function tracedCallback(err, result) {
      if (err) channels.#failed(context, err);
      else context.result = result;
      return channels.asyncStart.runStores(context, () => {
        try {
          return Reflect.apply(callback, this, arguments);
        } finally {
          channels.asyncEnd.publish(context);
        }
      });
    }
    args.splice(position, 1, tracedCallback);
    return this.start.runStores(context, () => {
      try {
        return Reflect.apply(fn, thisArg, args);
      } catch (err) {
        this.#failed(context, err);
        throw err;
      } finally {
        this.end.publish(context);
      }
    });
  }

  #failed(context, err) {
    context.error = err;
    this.error.publish(context);
  }
}

function tracingChannel(nameOrChannels) {
  return new TracingChannel(nameOrChannels);
}

module.exports = { channel, hasSubscribers, subscribe, tracingChannel, unsubscribe, Channel };

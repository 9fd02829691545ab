'use strict';
// node:async_hooks. AsyncLocalStorage keeps its store in the async context frame
// (internal/async_context_frame), which promises, timers, ticks and I/O callbacks carry.
// AsyncResource runs callbacks in the frame it was created in. Async ids are counted here and by the timers;
// hooks (createHook) hear only about AsyncResources, the resources JavaScript creates itself.

const { currentFrame, callInFrame, enterFrame } = require('internal/async_context_frame');
const { validateFunction, validateObject, validateString } = require('internal/validators');
const {
  codes: { ERR_ASYNC_CALLBACK, ERR_ASYNC_TYPE, ERR_INVALID_ASYNC_ID },
} = require('internal/errors');

// ---- execution ids (coarse: only AsyncResource scopes are tracked) ----
const TOP_LEVEL_ID = 1;
const topLevelResource = {};
let lastAsyncId = 1000000; // far from the timers' ids, which count from 3
const executionStack = []; // { asyncId, triggerAsyncId, resource } of the running runInAsyncScope calls

function executionAsyncId() {
  return executionStack.length === 0 ? TOP_LEVEL_ID : executionStack[executionStack.length - 1].asyncId;
}

function triggerAsyncId() {
  return executionStack.length === 0 ? 0 : executionStack[executionStack.length - 1].triggerAsyncId;
}

function executionAsyncResource() {
  return executionStack.length === 0 ? topLevelResource : executionStack[executionStack.length - 1].resource;
}

// ---- createHook ----
const enabledHooks = new Set();
const hookNames = ['init', 'before', 'after', 'destroy', 'promiseResolve'];

class AsyncHook {
  #callbacks;

  constructor(callbacks) {
    this.#callbacks = {};
    for (const name of hookNames) {
      const fn = callbacks[name];
      if (fn !== undefined && typeof fn !== 'function') throw new ERR_ASYNC_CALLBACK(`hook.${name}`);
      this.#callbacks[name] = fn;
    }
  }

  enable() {
    enabledHooks.add(this);
    return this;
  }

  disable() {
    enabledHooks.delete(this);
    return this;
  }

  static call(hook, name, args) {
    const fn = hook.#callbacks[name];
    if (fn !== undefined) Reflect.apply(fn, hook, args);
  }
}

function emitHook(name, ...args) {
  if (enabledHooks.size === 0) return;
  for (const hook of [...enabledHooks]) AsyncHook.call(hook, name, args);
}

const destroyQueue = [];
function emitDestroyed() {
  for (const asyncId of destroyQueue.splice(0)) emitHook('destroy', asyncId);
}

function createHook(callbacks) {
  return new AsyncHook(callbacks ?? {});
}

// ---- AsyncResource ----
class AsyncResource {
  #asyncId;
  #triggerAsyncId;
  #frame;

  constructor(type, options = {}) {
    validateString(type, 'type');
    let trigger;
    if (typeof options === 'number') {
      trigger = options;
    } else {
      trigger = options?.triggerAsyncId ?? executionAsyncId();
    }
    if (!Number.isSafeInteger(trigger) || trigger < -1) throw new ERR_INVALID_ASYNC_ID('triggerAsyncId', trigger);
    // Node checks the type as it tells the init hooks, so only while some hook is enabled.
    if (type.length === 0 && enabledHooks.size > 0) throw new ERR_ASYNC_TYPE(type);
    this.#frame = currentFrame();
    this.#asyncId = ++lastAsyncId;
    this.#triggerAsyncId = trigger;
    emitHook('init', this.#asyncId, type, trigger, this);
  }

  runInAsyncScope(fn, thisArg, ...args) {
    const scope = { asyncId: this.#asyncId, triggerAsyncId: this.#triggerAsyncId, resource: this };
    executionStack.push(scope);
    emitHook('before', this.#asyncId);
    try {
      return callInFrame(this.#frame, fn, thisArg, args);
    } finally {
      emitHook('after', this.#asyncId);
      executionStack.splice(executionStack.lastIndexOf(scope), 1);
    }
  }

  /** Queues the destroy hooks, which run later, as Node's destroy queue does. */
  emitDestroy() {
    if (enabledHooks.size > 0) {
      if (destroyQueue.length === 0) setImmediate(emitDestroyed).unref();
      destroyQueue.push(this.#asyncId);
    }
    return this;
  }

  asyncId() {
    return this.#asyncId;
  }

  triggerAsyncId() {
    return this.#triggerAsyncId;
  }

  bind(fn, thisArg) {
    validateFunction(fn, 'fn');
    let resource = this;
    // Without thisArg, the bound function passes on the this it is called with.
    const bound = thisArg === undefined
      ? function(...args) { return resource.runInAsyncScope(fn, this, ...args); }
      : (...args) => resource.runInAsyncScope(fn, thisArg, ...args);
    Object.defineProperty(bound, 'length', { value: fn.length, configurable: true });
    Object.defineProperty(bound, 'asyncResource', {
      get() {
        warnAsyncResourceProperty();
        return resource;
      },
      set(value) { resource = value; },
      enumerable: true,
      configurable: true,
    });
    return bound;
  }

  static bind(fn, type, thisArg) {
    return new AsyncResource(type || fn?.name || 'bound-anonymous-fn').bind(fn, thisArg);
  }
}

let warnedOfAsyncResourceProperty = false;
function warnAsyncResourceProperty() {
  if (warnedOfAsyncResourceProperty) return;
  warnedOfAsyncResourceProperty = true;
  process.emitWarning('The asyncResource property on bound functions is deprecated', 'DeprecationWarning', 'DEP0172');
}

// ---- AsyncLocalStorage ----
class AsyncLocalStorage {
  #defaultValue;
  #name;

  constructor(options = {}) {
    validateObject(options, 'options');
    this.#defaultValue = options.defaultValue;
    this.#name = options.name === undefined ? '' : `${options.name}`;
  }

  get name() {
    return this.#name;
  }

  static bind(fn) {
    validateFunction(fn, 'fn');
    return AsyncResource.bind(fn);
  }

  /** A function that runs its argument in the frame current now. */
  static snapshot() {
    const frame = currentFrame();
    return function runInAsyncScope(fn, ...args) {
      return callInFrame(frame, fn, this, args);
    };
  }

  getStore() {
    const frame = currentFrame();
    return frame !== undefined && frame.has(this) ? frame.get(this) : this.#defaultValue;
  }

  enterWith(store) {
    enterFrame(this.#frameWith(store));
  }

  // Only this storage's entry is put back afterwards: what fn entered into other storages stays, as in Node 24.
  run(store, fn, ...args) {
    const before = currentFrame();
    const had = before?.has(this) === true;
    if (had && Object.is(before.get(this), store)) return Reflect.apply(fn, null, args);
    const prior = had ? before.get(this) : undefined;
    enterFrame(this.#frameWith(store));
    try {
      return Reflect.apply(fn, null, args);
    } finally {
      const after = new Map(currentFrame());
      if (had) after.set(this, prior);
      else after.delete(this);
      enterFrame(after.size === 0 && before === undefined ? undefined : after);
    }
  }

  exit(fn, ...args) {
    return this.run(undefined, fn, ...args);
  }

  /** Forgets the store in the current frame, for every continuation that shares it (as Node 24 does). */
  disable() {
    currentFrame()?.delete(this);
  }

  #frameWith(store) {
    const frame = new Map(currentFrame());
    frame.set(this, store);
    return frame;
  }
}

module.exports = {
  AsyncLocalStorage,
  AsyncResource,
  createHook,
  executionAsyncId,
  triggerAsyncId,
  executionAsyncResource,
};

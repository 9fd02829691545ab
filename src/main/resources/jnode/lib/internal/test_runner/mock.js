'use strict';
// node:test's mock: mock functions (a Proxy over the original that records every call), methods, getters,
// setters and properties replaced on an object until restored. mock.timers lives in
// internal/test_runner/mock_timers.

const {
  codes: { ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE, ERR_JNODE_UNSUPPORTED },
} = require('internal/errors');
const { validateFunction, validateInteger, validateObject } = require('internal/validators');

// What `fn.mock` is: the calls made so far and the implementation to use for the next ones.
class MockFunctionContext {
  #calls = [];
  #implementation;
  #original;
  #onceImplementations = new Map();
  #timesLeft;
  #restore;

  constructor(implementation, original, restore, times) {
    this.#implementation = implementation;
    this.#original = original;
    this.#restore = restore;
    this.#timesLeft = times;
  }

  get calls() {
    return this.#calls.slice();
  }

  callCount() {
    return this.#calls.length;
  }

  mockImplementation(implementation) {
    validateFunction(implementation, 'implementation');
    this.#implementation = implementation;
  }

  mockImplementationOnce(implementation, onCall) {
    validateFunction(implementation, 'implementation');
    const call = onCall ?? this.#calls.length;
    validateInteger(call, 'onCall', this.#calls.length);
    this.#onceImplementations.set(call, implementation);
  }

  resetCalls() {
    this.#calls = [];
  }

  // A mocked method gets its property back (the mock itself keeps working); a mock function goes back to its
  // original implementation.
  restore() {
    if (this.#restore !== undefined) {
      this.#restore();
      return;
    }
    this.#implementation = this.#original;
    this.#onceImplementations.clear();
  }

  // The implementation for the call about to be made: a one-off, the mock's own while `times` lasts, or the
  // original once it has run out.
  nextImplementation() {
    const call = this.#calls.length;
    const once = this.#onceImplementations.get(call);
    if (once !== undefined) {
      this.#onceImplementations.delete(call);
      return once;
    }
    if (this.#timesLeft !== undefined) {
      if (this.#timesLeft === 0) return this.#original;
      this.#timesLeft--;
    }
    return this.#implementation;
  }

  record(entry) {
    this.#calls.push(entry);
  }
}

// What `mock.property()` gives as `.mock`: the reads and writes of the property and the value it holds.
class MockPropertyContext {
  #accesses = [];
  #value;
  #onceValues = new Map();
  #restore;
  #writable;
  #name;

  constructor(name, value, writable, restore) {
    this.#name = name;
    this.#value = value;
    this.#writable = writable;
    this.#restore = restore;
  }

  get accesses() {
    return this.#accesses.slice();
  }

  accessCount() {
    return this.#accesses.length;
  }

  // Counted as a write, as in Node.
  mockImplementation(value) {
    this.write(value);
  }

  mockImplementationOnce(value, onAccess) {
    const access = onAccess ?? this.#accesses.length;
    validateInteger(access, 'onAccess', this.#accesses.length);
    this.#onceValues.set(access, value);
  }

  resetAccesses() {
    this.#accesses = [];
  }

  restore() {
    this.#restore();
  }

  read() {
    const access = this.#accesses.length;
    let value = this.#value;
    if (this.#onceValues.has(access)) {
      value = this.#onceValues.get(access);
      this.#onceValues.delete(access);
    }
    this.#accesses.push({ type: 'get', value, stack: new Error() });
    return value;
  }

  write(value) {
    if (!this.#writable) {
      throw new ERR_INVALID_ARG_VALUE(String(this.#name), value, 'cannot be set: the property is read-only');
    }
    this.#accesses.push({ type: 'set', value, stack: new Error() });
    this.#value = value;
  }
}

function makeMockFunction(original, implementation, times, restore) {
  const context = new MockFunctionContext(implementation, original, restore, times);
  const invoke = (thisArg, args, newTarget) => {
    const fn = context.nextImplementation();
    const entry = { arguments: args, error: undefined, result: undefined, stack: new Error(), target: newTarget,
      this: thisArg };
    try {
      entry.result = newTarget === undefined ? Reflect.apply(fn, thisArg, args)
        : Reflect.construct(fn, args, newTarget);
      if (newTarget !== undefined) entry.this = entry.result;
      return entry.result;
    } catch (err) {
      entry.error = err;
      throw err;
    } finally {
      context.record(entry);
    }
  };
  const mock = new Proxy(original, {
    apply: (target, thisArg, args) => invoke(thisArg, args, undefined),
    // `new mock()` constructs and records as `new original()` would (Node's calls[i].target is the original).
    construct: (target, args, newTarget) => invoke(undefined, args, newTarget === mock ? original : newTarget),
    get: (target, key, receiver) => (key === 'mock' ? context : Reflect.get(target, key, receiver)),
  });
  return mock;
}

function validateKey(key, name) {
  if (typeof key !== 'string' && typeof key !== 'symbol') {
    throw new ERR_INVALID_ARG_TYPE(name, ['string', 'symbol'], key);
  }
}

// The descriptor of a property on an object or its prototypes, as the lookup of obj[name] finds it.
function findDescriptor(object, name) {
  for (let target = object; target !== null && target !== undefined; target = Object.getPrototypeOf(target)) {
    const descriptor = Object.getOwnPropertyDescriptor(target, name);
    if (descriptor !== undefined) return descriptor;
  }
  return undefined;
}

function splitImplementationAndOptions(implementation, options) {
  if (implementation !== null && typeof implementation === 'object' && options === undefined) {
    return { implementation: undefined, options: implementation };
  }
  return { implementation, options: options ?? {} };
}

class MockTracker {
  #mocks = [];
  #timers;

  fn(original = function() {}, implementation = original, options = {}) {
    if (original !== null && typeof original === 'object') {
      options = original;
      original = function() {};
      implementation = original;
    } else if (implementation !== null && typeof implementation === 'object') {
      options = implementation;
      implementation = original;
    }
    validateFunction(original, 'original');
    validateFunction(implementation, 'implementation');
    validateObject(options, 'options');
    const { times } = options;
    if (times !== undefined) validateInteger(times, 'options.times', 1);
    const mock = makeMockFunction(original, implementation, times);
    this.#mocks.push(mock.mock);
    return mock;
  }

  method(object, methodName, implementation, options) {
    ({ implementation, options } = splitImplementationAndOptions(implementation, options));
    if (object === null || (typeof object !== 'object' && typeof object !== 'function')) {
      throw new ERR_INVALID_ARG_TYPE('object', 'Object', object);
    }
    validateKey(methodName, 'methodName');
    validateObject(options, 'options');
    const { getter = false, setter = false } = options;
    if (getter && setter) {
      throw new ERR_INVALID_ARG_VALUE('options.setter', setter, "cannot be used with 'options.getter'");
    }
    const found = findDescriptor(object, methodName);
    const accessor = getter ? 'get' : setter ? 'set' : 'value';
    const original = found?.[accessor];
    if (typeof original !== 'function') {
      const what = getter ? 'getter' : setter ? 'setter' : 'method';
      throw new ERR_INVALID_ARG_VALUE('methodName', original, `must be a ${what}`);
    }
    const { times } = options;
    if (times !== undefined) validateInteger(times, 'options.times', 1);
    // Node puts the original on the object itself, also when it was inherited.
    const restore = () => Object.defineProperty(object, methodName, found);
    const mock = makeMockFunction(original, implementation ?? original, times, restore);
    Object.defineProperty(object, methodName, { ...found, [accessor]: mock });
    this.#mocks.push(mock.mock);
    return mock;
  }

  getter(object, methodName, implementation, options) {
    ({ implementation, options } = splitImplementationAndOptions(implementation, options));
    if (options.getter === false) {
      throw new ERR_INVALID_ARG_VALUE('options.getter', false, 'cannot be false');
    }
    return this.method(object, methodName, implementation, { ...options, getter: true });
  }

  setter(object, methodName, implementation, options) {
    ({ implementation, options } = splitImplementationAndOptions(implementation, options));
    if (options.setter === false) {
      throw new ERR_INVALID_ARG_VALUE('options.setter', false, 'cannot be false');
    }
    return this.method(object, methodName, implementation, { ...options, setter: true });
  }

  // Replaces a property by an accessor that records reads and writes; `value` (when given) is what it holds.
  property(object, propertyName, ...value) {
    if (object === null || (typeof object !== 'object' && typeof object !== 'function')) {
      throw new ERR_INVALID_ARG_TYPE('object', 'Object', object);
    }
    validateKey(propertyName, 'propertyName');
    const descriptor = findDescriptor(object, propertyName);
    if (descriptor === undefined) {
      throw new ERR_INVALID_ARG_VALUE('propertyName', propertyName, 'is not a property of the object');
    }
    const initial = value.length > 0 ? value[0] : object[propertyName];
    const writable = descriptor.writable ?? descriptor.set !== undefined;
    const restore = () => Object.defineProperty(object, propertyName, descriptor);
    const context = new MockPropertyContext(propertyName, initial, writable, restore);
    Object.defineProperty(object, propertyName, {
      get: () => context.read(),
      set: (newValue) => context.write(newValue),
      enumerable: descriptor.enumerable,
      configurable: true,
    });
    this.#mocks.push(context);
    return new Proxy(object, {
      get: (target, key, receiver) => (key === 'mock' ? context : Reflect.get(target, key, receiver)),
    });
  }

  module() {
    throw new ERR_JNODE_UNSUPPORTED('mock.module()');
  }

  get timers() {
    const { MockTimers } = require('internal/test_runner/mock_timers');
    this.#timers ??= new MockTimers();
    return this.#timers;
  }

  reset() {
    this.restoreAll();
    this.#timers?.reset();
    this.#mocks = [];
  }

  restoreAll() {
    for (const context of this.#mocks) context.restore();
  }
}

module.exports = { MockTracker, MockFunctionContext };

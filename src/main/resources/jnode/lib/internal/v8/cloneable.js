'use strict';
// What V8's value serializer accepts as a plain object, and how it words a value it refuses. Shared by
// node:v8's serializer and structuredClone(), which V8 runs on the same serializer.

const types = require('internal/util/types');

const engine = internalBinding('util');
const objectToString = Object.prototype.toString;
const functionToString = Function.prototype.call.bind(Function.prototype.toString);
const symbolToString = Function.prototype.call.bind(Symbol.prototype.toString);
const typedArrayName = Function.prototype.call.bind(
  Object.getOwnPropertyDescriptor(Object.getPrototypeOf(Uint8Array.prototype), Symbol.toStringTag).get);

/**
 * A property's value, found along the prototype chain without running getters or proxy traps (undefined for
 * an accessor), as V8 reads what it needs to word an error.
 */
function dataPropertyInChain(object, key) {
  for (let o = object; o !== null && !types.isProxy(o); o = Object.getPrototypeOf(o)) {
    const desc = Object.getOwnPropertyDescriptor(o, key);
    if (desc !== undefined) return 'value' in desc ? desc.value : undefined;
  }
  return undefined;
}

/** How V8 names a value it cannot clone: "#<Promise>" (in "#<Promise> could not be cloned.") and the like. */
function describeUncloneable(value) {
  if (typeof value === 'function') return functionToString(value);
  if (typeof value === 'symbol') return symbolToString(value);
  if (types.isProxy(value)) return '#<Object>';
  if (dataPropertyInChain(value, 'toString') === objectToString) {
    const ctor = dataPropertyInChain(value, 'constructor');
    const name = typeof ctor === 'function' ? dataPropertyInChain(ctor, 'name') : undefined;
    if (typeof name === 'string' && name !== '') return `#<${name}>`;
  }
  const toStringTag = dataPropertyInChain(value, Symbol.toStringTag);
  if (typeof toStringTag === 'string') return `[object ${toStringTag}]`;
  return `[object ${types.isTypedArray(value) ? typedArrayName(value) : 'Object'}]`;
}

/** Whether V8 writes the object as a plain one: ordinary objects of any prototype, not the engine's other kinds. */
function isOrdinaryObject(value) {
  if (types.isPromise(value) || types.isWeakMap(value) || types.isWeakSet(value) ||
      types.isGeneratorObject(value) || types.isModuleNamespaceObject(value) || types.isMapIterator(value) ||
      types.isSetIterator(value) || types.isArgumentsObject(value) || types.isSymbolObject(value) ||
      value instanceof WeakRef || value instanceof FinalizationRegistry || value === globalThis) {
    return false;
  }
  // GraalJS names its other built-in kinds (iterators, Intl objects, ...); ordinary objects are 'Object',
  // and the namespace objects (Math, JSON, ...) are ordinary in V8 too.
  const kind = engine.className?.(value);
  return typeof kind !== 'string' || kind === 'Object' || kind === 'Error' || kind === 'Math' ||
    kind === 'JSON' || kind === 'Atomics' || kind === 'Reflect' || kind === 'Intl' || kind === 'Console';
}

// Objects given to worker_threads.markAsUncloneable(). V8 asks Node about them only where it would write a plain
// object or an Error (arrays, Dates, buffers and the like are cloned all the same).
const uncloneable = new WeakSet();

function markAsUncloneable(object) {
  if ((typeof object === 'object' && object !== null) || typeof object === 'function') uncloneable.add(object);
}

/** Whether cloning value must fail with "Cannot clone object of unsupported type.". */
function isMarkedUncloneable(value) {
  return uncloneable.has(value) && isOrdinaryObject(value);
}

module.exports = {
  describeUncloneable, isOrdinaryObject, dataPropertyInChain, markAsUncloneable, isMarkedUncloneable,
};

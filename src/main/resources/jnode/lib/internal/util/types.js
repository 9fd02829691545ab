'use strict';
// util.types: brand checks that neither run user code nor trust Symbol.toStringTag. Each check calls a
// built-in getter or method that only accepts objects of one internal kind; what JavaScript cannot tell
// (promise, proxy, arguments, iterators, module namespaces) comes from internalBinding('util').

const engine = (() => {
  try {
    return internalBinding('util') || {};
  } catch {
    return {};
  }
})();

// Only node:crypto makes KeyObjects: until it has loaded, nothing is one (and it is not loaded to ask).
function isKeyObject(value) {
  if (value === null || typeof value !== 'object') return false;
  const { cache } = require('internal/bootstrap/builtins');
  return cache.has('internal/crypto/keys') && require('internal/crypto/keys').isKeyObject(value);
}

const uncurry = (fn) => Function.prototype.call.bind(fn);
const protoOf = Object.getPrototypeOf;
const getterOf = (proto, name) => uncurry(Object.getOwnPropertyDescriptor(proto, name).get);
const objectToString = uncurry(Object.prototype.toString);
const functionSource = uncurry(Function.prototype.toString);

function passes(check, value) {
  if (value === null || (typeof value !== 'object' && typeof value !== 'function')) return false;
  try {
    check(value);
    return true;
  } catch {
    return false;
  }
}

const mapSize = getterOf(Map.prototype, 'size');
const setSize = getterOf(Set.prototype, 'size');
const weakMapHas = uncurry(WeakMap.prototype.has);
const weakSetHas = uncurry(WeakSet.prototype.has);
const dateTime = uncurry(Date.prototype.getTime);
const regexpSource = getterOf(RegExp.prototype, 'source');
const dataViewLength = getterOf(DataView.prototype, 'byteLength');
const arrayBufferLength = getterOf(ArrayBuffer.prototype, 'byteLength');
const sharedBufferLength = typeof SharedArrayBuffer === 'function' ?
  getterOf(SharedArrayBuffer.prototype, 'byteLength') : undefined;
const TypedArrayPrototype = protoOf(Uint8Array.prototype);
const typedArrayTag = getterOf(TypedArrayPrototype, Symbol.toStringTag);
const numberValue = uncurry(Number.prototype.valueOf);
const stringValue = uncurry(String.prototype.valueOf);
const booleanValue = uncurry(Boolean.prototype.valueOf);
const bigintValue = uncurry(BigInt.prototype.valueOf);
const symbolValue = uncurry(Symbol.prototype.valueOf);

const AsyncFunctionPrototype = protoOf(async function () {});
const GeneratorFunctionPrototype = protoOf(function* () {});
const AsyncGeneratorFunctionPrototype = protoOf(async function* () {});
const GeneratorPrototype = protoOf(GeneratorFunctionPrototype.prototype);
const AsyncGeneratorPrototype = protoOf(AsyncGeneratorFunctionPrototype.prototype);

function internalClass(value) {
  if (typeof engine.className !== 'function' || value === null ||
      (typeof value !== 'object' && typeof value !== 'function')) return undefined;
  const name = engine.className(value);
  return typeof name === 'string' ? name : undefined;
}

const isMap = (v) => passes(mapSize, v);
const isSet = (v) => passes(setSize, v);
const isWeakMap = (v) => passes((o) => weakMapHas(o, {}), v);
const isWeakSet = (v) => passes((o) => weakSetHas(o, {}), v);
const isDate = (v) => passes(dateTime, v);
const isRegExp = (v) => v !== RegExp.prototype && passes(regexpSource, v);
const isDataView = (v) => passes(dataViewLength, v);
const isArrayBuffer = (v) => passes(arrayBufferLength, v);
const isSharedArrayBuffer = (v) => sharedBufferLength !== undefined && passes(sharedBufferLength, v);
const isAnyArrayBuffer = (v) => isArrayBuffer(v) || isSharedArrayBuffer(v);
const isTypedArray = (v) => typedArrayTag(v) !== undefined;
const isArrayBufferView = (v) => isTypedArray(v) || isDataView(v);
const typedArrayOf = (name) => (v) => typedArrayTag(v) === name;

const isNumberObject = (v) => typeof v === 'object' && passes(numberValue, v);
const isStringObject = (v) => typeof v === 'object' && passes(stringValue, v);
const isBooleanObject = (v) => typeof v === 'object' && passes(booleanValue, v);
const isBigIntObject = (v) => typeof v === 'object' && passes(bigintValue, v);
const isSymbolObject = (v) => typeof v === 'object' && passes(symbolValue, v);
const isBoxedPrimitive = (v) => isNumberObject(v) || isStringObject(v) || isBooleanObject(v) ||
  isBigIntObject(v) || isSymbolObject(v);

function isMapIterator(value) {
  if (typeof engine.className === 'function') return internalClass(value) === 'Map Iterator';
  // Without the engine it cannot be told without advancing the iterator.
  return false;
}

function isSetIterator(value) {
  if (typeof engine.className === 'function') return internalClass(value) === 'Set Iterator';
  return false;
}

function isArgumentsObject(value) {
  if (typeof engine.className === 'function') return internalClass(value) === 'Arguments';
  return value !== null && typeof value === 'object' && objectToString(value) === '[object Arguments]';
}

function isModuleNamespaceObject(value) {
  if (value === null || typeof value !== 'object') return false;
  if (typeof engine.isModuleNamespace === 'function') return engine.isModuleNamespace(value) === true;
  return false;
}

function isPromise(value) {
  if (value === null || typeof value !== 'object') return false;
  if (typeof engine.promiseState === 'function') {
    const details = engine.promiseState(value);
    return details !== null && details !== undefined;
  }
  return value instanceof Promise;
}

function isProxy(value) {
  if (value === null || (typeof value !== 'object' && typeof value !== 'function')) return false;
  if (typeof engine.proxyDetails === 'function') {
    const details = engine.proxyDetails(value);
    return details !== null && details !== undefined;
  }
  return false;
}

function isNativeError(value) {
  if (value === null || typeof value !== 'object') return false;
  if (typeof Error.isError === 'function') return Error.isError(value);
  return internalClass(value) === 'Error';
}

// A function's kind is fixed when it is created; its source text is the one witness user code cannot
// change (a bound function's source is "function () { [native code] }", as in V8 it is not async).
function sourceOf(fn) {
  try {
    return functionSource(fn);
  } catch {
    return '';
  }
}

function isAsyncFunction(value) {
  if (typeof value !== 'function') return false;
  const proto = protoOf(value);
  if (proto === AsyncFunctionPrototype || proto === AsyncGeneratorFunctionPrototype) return true;
  return /^async[\s(*]/.test(sourceOf(value));
}

function isGeneratorFunction(value) {
  if (typeof value !== 'function') return false;
  const proto = protoOf(value);
  if (proto === GeneratorFunctionPrototype || proto === AsyncGeneratorFunctionPrototype) return true;
  return /^(async\s*)?function\s*\*|^(async\s+)?\*/.test(sourceOf(value));
}

function isGeneratorObject(value) {
  if (value === null || typeof value !== 'object') return false;
  const name = internalClass(value);
  if (name !== undefined) return name === 'Generator' || name === 'AsyncGenerator';
  let proto = protoOf(value);
  while (proto !== null) {
    if (proto === GeneratorPrototype || proto === AsyncGeneratorPrototype) return true;
    proto = protoOf(proto);
  }
  return false;
}

module.exports = {
  isArgumentsObject,
  isArrayBuffer,
  isAsyncFunction,
  isBigIntObject,
  isBooleanObject,
  isDate,
  isExternal: (value) => false,
  isGeneratorFunction,
  isGeneratorObject,
  isMap,
  isMapIterator,
  isModuleNamespaceObject,
  isNativeError,
  isNumberObject,
  isPromise,
  isProxy,
  isRegExp,
  isSet,
  isSetIterator,
  isSharedArrayBuffer,
  isStringObject,
  isSymbolObject,
  isWeakMap,
  isWeakSet,
  isAnyArrayBuffer,
  isBoxedPrimitive,
  isArrayBufferView,
  isDataView,
  isTypedArray,
  isUint8Array: typedArrayOf('Uint8Array'),
  isUint8ClampedArray: typedArrayOf('Uint8ClampedArray'),
  isUint16Array: typedArrayOf('Uint16Array'),
  isUint32Array: typedArrayOf('Uint32Array'),
  isInt8Array: typedArrayOf('Int8Array'),
  isInt16Array: typedArrayOf('Int16Array'),
  isInt32Array: typedArrayOf('Int32Array'),
  isFloat16Array: typedArrayOf('Float16Array'),
  isFloat32Array: typedArrayOf('Float32Array'),
  isFloat64Array: typedArrayOf('Float64Array'),
  isBigInt64Array: typedArrayOf('BigInt64Array'),
  isBigUint64Array: typedArrayOf('BigUint64Array'),
  isKeyObject,
  // No CryptoKey can exist yet: crypto.subtle is not implemented.
  isCryptoKey: (value) => false,
};

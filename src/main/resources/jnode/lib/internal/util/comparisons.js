'use strict';
// Deep equality as Node defines it, shared by assert.deep*Equal, assert.partialDeepStrictEqual and
// util.isDeepStrictEqual. Three modes: LOOSE (==, prototypes ignored), STRICT (Object.is for primitives,
// prototypes and own symbol keys compared), PARTIAL (strict, but only what `expected` has must match).

const {
  isAnyArrayBuffer, isArrayBufferView, isBigIntObject, isBooleanObject, isBoxedPrimitive, isDate,
  isFloat16Array, isFloat32Array, isFloat64Array, isMap, isNativeError, isNumberObject, isRegExp, isSet,
  isSharedArrayBuffer, isStringObject, isSymbolObject, isPromise, isWeakMap, isWeakSet,
} = require('internal/util/types');

const LOOSE = 0;
const STRICT = 1;
const PARTIAL = 2;

const uncurry = (fn) => Function.prototype.call.bind(fn);
const hasOwn = uncurry(Object.prototype.hasOwnProperty);
const isEnumerable = uncurry(Object.prototype.propertyIsEnumerable);
const objectToString = uncurry(Object.prototype.toString);
const dateTime = uncurry(Date.prototype.getTime);
const regexpFlags = uncurry(Object.getOwnPropertyDescriptor(RegExp.prototype, 'flags').get);
const regexpSource = uncurry(Object.getOwnPropertyDescriptor(RegExp.prototype, 'source').get);
const typedArrayTag = uncurry(Object.getOwnPropertyDescriptor(
  Object.getPrototypeOf(Uint8Array.prototype), Symbol.toStringTag).get);
const protoOf = Object.getPrototypeOf;

// Whether two objects with different prototypes still count as built by the same constructor.
function sameConstructor(a, b) {
  const pa = protoOf(a);
  const pb = protoOf(b);
  if (pa === pb) return true;
  if (pa === null || pb === null) return false;
  const ca = pa.constructor;
  return typeof ca === 'function' && ca === pb.constructor;
}

function isError(value) {
  return isNativeError(value) || value instanceof Error;
}

function bytesOf(view) {
  return new Uint8Array(view.buffer, view.byteOffset, view.byteLength);
}

// Compared in Java past a few bytes (as Node's memcmp): a JavaScript loop over megabytes runs for seconds
// before it is compiled.
const BYTES_COMPARED_IN_JAVA = 64;

function equalBytes(a, b) {
  if (a.byteLength !== b.byteLength) return false;
  if (a.byteLength >= BYTES_COMPARED_IN_JAVA && !isSharedArrayBuffer(a.buffer) && !isSharedArrayBuffer(b.buffer)) {
    return internalBinding('buffer').compare(a.buffer, a.byteOffset, a.byteLength,
      b.buffer, b.byteOffset, b.byteLength) === 0;
  }
  for (let i = 0; i < a.length; i++) {
    if (a[i] !== b[i]) return false;
  }
  return true;
}

function equalBoxed(a, b) {
  if (isNumberObject(a)) return isNumberObject(b) && Object.is(a.valueOf(), Number.prototype.valueOf.call(b));
  if (isStringObject(a)) return isStringObject(b) && String.prototype.valueOf.call(a) === String.prototype.valueOf.call(b);
  if (isBooleanObject(a)) return isBooleanObject(b) && Boolean.prototype.valueOf.call(a) === Boolean.prototype.valueOf.call(b);
  if (isBigIntObject(a)) return isBigIntObject(b) && BigInt.prototype.valueOf.call(a) === BigInt.prototype.valueOf.call(b);
  if (isSymbolObject(a)) return isSymbolObject(b) && Symbol.prototype.valueOf.call(a) === Symbol.prototype.valueOf.call(b);
  return false;
}

// Own enumerable keys that are not array indices (for arrays and typed arrays).
function nonIndexKeys(value, withSymbols) {
  const keys = Object.keys(value).filter((key) => !isIndex(key));
  if (withSymbols) {
    for (const sym of Object.getOwnPropertySymbols(value)) {
      if (isEnumerable(value, sym)) keys.push(sym);
    }
  }
  return keys;
}

function isIndex(key) {
  if (key.length === 0 || key.length > 10) return false;
  const n = Number(key);
  return Number.isInteger(n) && n >= 0 && n < 2 ** 32 - 1 && String(n) === key;
}

function deepEqual(a, b, mode, memos) {
  if (a === b) return a !== 0 || mode === LOOSE || Object.is(a, b);
  if (mode !== LOOSE) {
    if (typeof a !== 'object') return typeof a === 'number' && Number.isNaN(a) && Number.isNaN(b);
    if (typeof b !== 'object' || a === null || b === null) return false;
  } else {
    if (a === null || typeof a !== 'object') {
      if (b === null || typeof b !== 'object') {
        // eslint-disable-next-line eqeqeq
        return a == b || (Number.isNaN(a) && Number.isNaN(b));
      }
      return false;
    }
    if (b === null || typeof b !== 'object') return false;
  }
  return compareObjects(a, b, mode, memos);
}

const NO_ITERATOR = 0;
const ARRAY = 1;
const SET = 2;
const MAP = 3;

function compareObjects(a, b, mode, memos) {
  if (mode !== LOOSE && protoOf(a) !== protoOf(b) && !sameConstructor(a, b)) return false;
  if (objectToString(a) !== objectToString(b)) return false;

  if (Array.isArray(a)) {
    if (!Array.isArray(b) || (mode !== PARTIAL && a.length !== b.length)) return false;
    const keysB = nonIndexKeys(b, mode !== LOOSE);
    if (mode !== PARTIAL && nonIndexKeys(a, mode !== LOOSE).length !== keysB.length) return false;
    return checkKeys(a, b, mode, memos, ARRAY, keysB);
  }
  if (objectToString(a) === '[object Object]' && !isBoxedPrimitive(a) && !isError(a) && !isDate(a) &&
      !isRegExp(a) && !isMap(a) && !isSet(a) && !isArrayBufferView(a) && !isAnyArrayBuffer(a)) {
    if (isBoxedPrimitive(b) || isError(b) || isDate(b) || isRegExp(b) || isMap(b) || isSet(b)) return false;
    return checkKeys(a, b, mode, memos, NO_ITERATOR);
  }
  if (isDate(a)) {
    if (!isDate(b) || !Object.is(dateTime(a), dateTime(b))) return false;
  } else if (isRegExp(a)) {
    if (!isRegExp(b) || regexpSource(a) !== regexpSource(b) || regexpFlags(a) !== regexpFlags(b) ||
        a.lastIndex !== b.lastIndex) return false;
  } else if (isArrayBufferView(a)) {
    if (!isArrayBufferView(b) || typedArrayTag(a) !== typedArrayTag(b)) return false;
    if (mode === LOOSE && (isFloat16Array(a) || isFloat32Array(a) || isFloat64Array(a))) {
      if (a.length !== b.length) return false;
      for (let i = 0; i < a.length; i++) {
        // eslint-disable-next-line eqeqeq
        if (a[i] != b[i]) return false;
      }
    } else if (mode === PARTIAL) {
      if (a.length < b.length) return false;
      if (!partialArray(Array.from(a), Array.from(b), mode, memos)) return false;
    } else if (!equalBytes(bytesOf(a), bytesOf(b))) {
      return false;
    }
    const keysB = nonIndexKeys(b, mode !== LOOSE);
    if (mode !== PARTIAL && nonIndexKeys(a, mode !== LOOSE).length !== keysB.length) return false;
    return checkKeys(a, b, mode, memos, NO_ITERATOR, keysB);
  } else if (isSet(a)) {
    if (!isSet(b) || (mode !== PARTIAL && a.size !== b.size) || (mode === PARTIAL && a.size < b.size)) return false;
    return checkKeys(a, b, mode, memos, SET);
  } else if (isMap(a)) {
    if (!isMap(b) || (mode !== PARTIAL && a.size !== b.size) || (mode === PARTIAL && a.size < b.size)) return false;
    return checkKeys(a, b, mode, memos, MAP);
  } else if (isAnyArrayBuffer(a)) {
    if (!isAnyArrayBuffer(b) || !equalBytes(new Uint8Array(a), new Uint8Array(b))) return false;
  } else if (isError(a)) {
    if (!isError(b) || !equalErrors(a, b, mode, memos)) return false;
  } else if (isBoxedPrimitive(a)) {
    if (!equalBoxed(a, b)) return false;
  } else if (isWeakMap(a) || isWeakSet(a) || isPromise(a)) {
    // Their contents cannot be read: only the same object is equal.
    return false;
  } else if (Array.isArray(b) || isArrayBufferView(b) || isSet(b) || isMap(b) || isDate(b) || isRegExp(b) ||
             isAnyArrayBuffer(b) || isBoxedPrimitive(b) || isError(b)) {
    return false;
  }
  return checkKeys(a, b, mode, memos, NO_ITERATOR);
}

// message, name, cause and errors are often non-enumerable own properties: compare them explicitly.
function equalErrors(a, b, mode, memos) {
  if (a.message !== b.message || a.name !== b.name) return false;
  for (const key of ['message', 'name']) {
    if (isEnumerable(a, key) !== isEnumerable(b, key)) return false;
  }
  for (const key of ['cause', 'errors']) {
    const enumerable = isEnumerable(a, key);
    if (mode === PARTIAL && !hasOwn(b, key)) continue;
    if (enumerable !== isEnumerable(b, key)) return false;
    if (!enumerable) {
      if (hasOwn(a, key) !== hasOwn(b, key)) return false;
      if (hasOwn(a, key) && !deepEqual(a[key], b[key], mode, memos)) return false;
    }
  }
  return true;
}

function enumerableSymbols(value) {
  return Object.getOwnPropertySymbols(value).filter((sym) => isEnumerable(value, sym));
}

function checkKeys(a, b, mode, memos, kind, keysB) {
  const arrayLike = keysB !== undefined;
  if (keysB === undefined) keysB = Object.keys(b);
  for (const key of keysB) {
    if (!isEnumerable(a, key)) return false;
  }
  if (!arrayLike) {
    if (mode !== PARTIAL && keysB.length !== Object.keys(a).length) return false;
    if (mode !== LOOSE) {
      const symbolsB = enumerableSymbols(b);
      for (const sym of symbolsB) {
        if (!isEnumerable(a, sym)) return false;
      }
      if (mode !== PARTIAL && enumerableSymbols(a).length !== symbolsB.length) return false;
      if (symbolsB.length > 0) keysB = [...keysB, ...symbolsB];
    }
  }
  if (keysB.length === 0 && (kind === NO_ITERATOR || (kind === ARRAY && b.length === 0) ||
      ((kind === SET || kind === MAP) && b.size === 0 && (mode === PARTIAL || a.size === 0)))) {
    return true;
  }

  // Cycles: a pair already being compared higher up counts as equal; one side alone cycling does not.
  if (memos === undefined) memos = { a: new Map(), b: new Map(), depth: 0 };
  const seenA = memos.a.get(a);
  if (seenA !== undefined) {
    const seenB = memos.b.get(b);
    if (seenB !== undefined) return seenA === seenB;
  }
  memos.depth++;
  memos.a.set(a, memos.depth);
  memos.b.set(b, memos.depth);
  const result = equalEntries(a, b, mode, keysB, memos, kind);
  memos.a.delete(a);
  memos.b.delete(b);
  memos.depth--;
  return result;
}

function equalEntries(a, b, mode, keysB, memos, kind) {
  if (kind === ARRAY) {
    if (mode === PARTIAL) {
      if (!partialArray(a, b, mode, memos)) return false;
    } else {
      for (let i = 0; i < a.length; i++) {
        const hasA = hasOwn(a, i);
        if (hasA !== hasOwn(b, i)) return false;
        if (hasA && !deepEqual(a[i], b[i], mode, memos)) return false;
      }
    }
  } else if (kind === SET) {
    if (!equalSets(a, b, mode, memos)) return false;
  } else if (kind === MAP) {
    if (!equalMaps(a, b, mode, memos)) return false;
  }
  for (const key of keysB) {
    if (!deepEqual(a[key], b[key], mode, memos)) return false;
  }
  return true;
}

// partialDeepStrictEqual on arrays: every expected item must match a distinct actual item, in order.
function partialArray(a, b, mode, memos) {
  let i = 0;
  for (let j = 0; j < b.length; j++) {
    const hasB = hasOwn(b, j);
    while (i < a.length && !(hasOwn(a, i) === hasB && (!hasB || deepEqual(a[i], b[j], mode, memos)))) i++;
    if (i === a.length) return false;
    i++;
  }
  return true;
}

function takeEqual(pending, value, mode, memos) {
  for (const candidate of pending) {
    if (deepEqual(candidate, value, mode, memos)) {
      pending.delete(candidate);
      return true;
    }
  }
  return false;
}

function equalSets(a, b, mode, memos) {
  // Values of `a` that `b` does not hold as-is; they must be matched by structure (or == in loose mode).
  let pending = null;
  for (const value of a) {
    if ((typeof value === 'object' && value !== null) || (!b.has(value) && mode === LOOSE)) {
      (pending ??= new Set()).add(value);
    } else if (!b.has(value) && mode !== PARTIAL) {
      return false;
    }
  }
  if (mode === PARTIAL) {
    for (const value of b) {
      if (typeof value === 'object' && value !== null) {
        if (pending === null || !takeEqual(pending, value, mode, memos)) return false;
      } else if (!a.has(value)) {
        return false;
      }
    }
    return true;
  }
  if (pending === null) return true;
  for (const value of b) {
    if (typeof value === 'object' && value !== null) {
      if (!takeEqual(pending, value, mode, memos)) return false;
    } else if (mode === LOOSE && !a.has(value) && !takeEqual(pending, value, mode, memos)) {
      return false;
    }
  }
  return pending.size === 0;
}

function takeEqualEntry(pending, map, key, item, mode, memos) {
  for (const candidate of pending) {
    if (deepEqual(candidate, key, mode, memos) && deepEqual(map.get(candidate), item, mode, memos)) {
      pending.delete(candidate);
      return true;
    }
  }
  return false;
}

function equalMaps(a, b, mode, memos) {
  let pending = null;
  if (mode === PARTIAL) {
    for (const [key, item] of a) {
      if (typeof key === 'object' && key !== null) (pending ??= new Set()).add(key);
    }
    for (const [key, item] of b) {
      if (typeof key === 'object' && key !== null) {
        if (pending === null || !takeEqualEntry(pending, a, key, item, mode, memos)) return false;
      } else if (!a.has(key) || !deepEqual(a.get(key), item, mode, memos)) {
        return false;
      }
    }
    return true;
  }
  for (const [key, item] of a) {
    if (typeof key === 'object' && key !== null) {
      (pending ??= new Set()).add(key);
    } else if (!b.has(key) || !deepEqual(item, b.get(key), mode, memos)) {
      if (mode !== LOOSE) return false;
      (pending ??= new Set()).add(key);
    }
  }
  if (pending === null) return true;
  for (const [key, item] of b) {
    if (typeof key === 'object' && key !== null) {
      if (!takeEqualEntry(pending, a, key, item, mode, memos)) return false;
    } else if (mode === LOOSE && (!a.has(key) || !deepEqual(a.get(key), item, mode, memos)) &&
               !takeEqualEntry(pending, a, key, item, mode, memos)) {
      return false;
    }
  }
  return pending.size === 0;
}

module.exports = {
  isDeepEqual: (a, b) => deepEqual(a, b, LOOSE),
  isDeepStrictEqual: (a, b) => deepEqual(a, b, STRICT),
  isPartialStrictEqual: (a, b) => deepEqual(a, b, PARTIAL),
};

'use strict';
// node:vm. A context is a GraalJS child realm (internalBinding('contextify')): its own built-ins and global
// object, on the same heap and thread, so objects cross freely as between V8 contexts. The realm's global is a
// Proxy over its own global object whose handler (contextGlobalHandler) answers from the contextified object
// first, as V8's global interceptors do for Node: lookups, assignments and declarations land on the object.

const {
  codes: {
    ERR_INVALID_ARG_TYPE, ERR_SCRIPT_EXECUTION_TIMEOUT, ERR_JNODE_UNSUPPORTED,
  },
} = require('internal/errors');
const {
  validateArray, validateBoolean, validateFunction, validateInt32, validateObject, validateOneOf, validateString,
  validateUint32,
} = require('internal/validators');
const { decorate } = require('internal/vm/decorated');
const { validateCachedData, cacheTag, cacheAccepted } = require('internal/vm/cached_data');

const binding = internalBinding('contextify');

const DONT_CONTEXTIFY = Symbol('vm_context_no_contextify');
const USE_MAIN_CONTEXT_DEFAULT_LOADER = Symbol('vm_dynamic_import_main_context_default');
const constants = Object.freeze({ __proto__: null, USE_MAIN_CONTEXT_DEFAULT_LOADER, DONT_CONTEXTIFY });

const { realms } = require('internal/vm/realms');
// WeakRefs to the contexts made, for measureMemory's per-context entries
const contextRefs = new Set();
// Stands for "the watchdog stopped the run" among the values a run can throw.
const timedOut = Object.freeze({ __proto__: null });
let defaultContextIndex = 1;

// What GraalJS puts on a realm's global that V8's contexts lack (jnode's own realm removes them at start-up),
// besides its toStringTag 'global' (Node gives one to its main global only).
const engineGlobals = ['AsyncContext', 'Graal', 'MLE', 'TextDecoder', 'TextEncoder'];
// V8 gives every context a console whose output goes only to an attached inspector.
const inertConsoleSource = `Object.defineProperty(globalThis, 'console', {
  value: Object.fromEntries(['debug', 'error', 'info', 'log', 'warn', 'dir', 'dirxml', 'table', 'trace', 'group',
    'groupCollapsed', 'groupEnd', 'clear', 'count', 'countReset', 'assert', 'profile', 'profileEnd', 'time',
    'timeLog', 'timeEnd', 'timeStamp', 'context', 'createTask'].map((name) => [name, { [name]() {} }[name]])),
  writable: true, enumerable: false, configurable: true,
});`;
let inertConsoleScript;

function newRealm() {
  const realm = binding.createRealm();
  const global = realm.global();
  for (const name of engineGlobals) delete global[name];
  delete global[Symbol.toStringTag];
  inertConsoleScript ??= compileOrThrow(inertConsoleSource, 'node:vm', 0, 0);
  binding.run(inertConsoleScript, realm, 0, timedOut);
  return realm;
}

// The object and what it inherits come first (so `hasOwnProperty` is the creating realm's, as in Node), then the
// realm's own global (`Array` is the context's). Proxy invariants bind the answers to the realm's own global:
// what is non-configurable there (NaN, and non-configurable properties mirrored there) is reported so.
function contextGlobalHandler(sandbox) {
  // A property the object cannot lose must exist, the same, on the realm's own global (the proxy's target).
  const mirror = (target, key, descriptor) => Reflect.defineProperty(target, key, descriptor);
  return {
    __proto__: null,
    get(target, key, receiver) {
      if (!(key in sandbox)) return Reflect.get(target, key, receiver);
      // The object itself is seen from inside the context as the context's global, as in Node.
      const value = Reflect.get(sandbox, key);
      return value === sandbox ? receiver : value;
    },
    set(target, key, value) {
      const own = Reflect.getOwnPropertyDescriptor(target, key);
      if (own !== undefined && own.writable === false) return false;
      if (!Reflect.set(sandbox, key, value)) {
        // A new name that a frozen, sealed or non-extensible object cannot take lands on the realm's own global,
        // as V8 goes on to the global when Node's interceptor does not take the write.
        if (!Object.isExtensible(sandbox) && !(key in sandbox)) return Reflect.set(target, key, value);
        return false;
      }
      if (own !== undefined && own.configurable === false && own.writable) Reflect.set(target, key, value);
      return true;
    },
    has(target, key) {
      return key in sandbox || key in target;
    },
    deleteProperty(target, key) {
      const own = Reflect.getOwnPropertyDescriptor(target, key);
      if (own !== undefined && own.configurable === false) return false;
      return Reflect.deleteProperty(sandbox, key) && (own === undefined || Reflect.deleteProperty(target, key));
    },
    defineProperty(target, key, descriptor) {
      // A var or function declaration asks for a non-configurable property. V8 leaves it configurable on the
      // object, and a var reaches the object only when it is assigned.
      const declaration = descriptor.configurable === false && descriptor.enumerable === true &&
        descriptor.writable === true;
      if (declaration && descriptor.value === undefined && !Object.hasOwn(sandbox, key)) {
        return mirror(target, key, descriptor);
      }
      if (!Reflect.defineProperty(sandbox, key, declaration ? { ...descriptor, configurable: true } : descriptor)) {
        // V8's own wording: the proxy's would name the trap.
        throw new TypeError(`Cannot redefine property: ${String(key)}`);
      }
      const defined = Reflect.getOwnPropertyDescriptor(sandbox, key);
      if (declaration) return mirror(target, key, descriptor);
      return defined.configurable || mirror(target, key, defined);
    },
    getOwnPropertyDescriptor(target, key) {
      const onSandbox = Reflect.getOwnPropertyDescriptor(sandbox, key);
      if (onSandbox !== undefined && !onSandbox.configurable) mirror(target, key, onSandbox);
      const onTarget = Reflect.getOwnPropertyDescriptor(target, key);
      if (onSandbox === undefined) return onTarget;
      if (onTarget !== undefined && onTarget.configurable === false) {
        if (onTarget.writable !== true || !('value' in onSandbox)) return onTarget;
        return { ...onSandbox, configurable: false };
      }
      return { ...onSandbox, configurable: true };
    },
    ownKeys(target) {
      const keys = Reflect.ownKeys(target);
      const seen = new Set(keys);
      for (const key of Reflect.ownKeys(sandbox)) if (!seen.has(key)) keys.push(key);
      return keys;
    },
  };
}

function isContext(object) {
  validateObject(object, 'object', { allowArray: true });
  return realms.has(object);
}

function validateContext(contextifiedObject) {
  if (!isContext(contextifiedObject)) {
    throw new ERR_INVALID_ARG_TYPE('contextifiedObject', 'vm.Context', contextifiedObject);
  }
}

function validateImportModuleDynamically(value) {
  if (value !== undefined && value !== USE_MAIN_CONTEXT_DEFAULT_LOADER) {
    validateFunction(value, 'options.importModuleDynamically');
  }
}

function createContext(contextObject = {}, options = {}) {
  if (contextObject !== DONT_CONTEXTIFY && isContext(contextObject)) return contextObject;
  validateObject(options, 'options');
  const { name = `VM Context ${defaultContextIndex++}`, origin, codeGeneration, microtaskMode,
    importModuleDynamically } = options;
  validateString(name, 'options.name');
  if (origin !== undefined) validateString(origin, 'options.origin');
  if (codeGeneration !== undefined) {
    validateObject(codeGeneration, 'options.codeGeneration');
    const { strings = true, wasm = true } = codeGeneration;
    validateBoolean(strings, 'options.codeGeneration.strings');
    validateBoolean(wasm, 'options.codeGeneration.wasm');
    if (!strings || !wasm) throw new ERR_JNODE_UNSUPPORTED('vm.createContext() with options.codeGeneration');
  }
  validateOneOf(microtaskMode, 'options.microtaskMode', ['afterEvaluate', undefined]);
  validateImportModuleDynamically(importModuleDynamically);

  const realm = newRealm();
  if (contextObject === DONT_CONTEXTIFY) {
    const global = realm.global();
    realms.set(global, realm);
    contextRefs.add(new WeakRef(global));
    return global;
  }
  const global = realm.global();
  const proxy = realm.contextify(contextGlobalHandler(contextObject));
  Object.defineProperty(global, 'globalThis', { value: proxy, writable: true, enumerable: false, configurable: true });
  realms.set(contextObject, realm);
  contextRefs.add(new WeakRef(contextObject));
  return contextObject;
}

// runInNewContext's options name the new context's options contextName, contextOrigin, ...
function newContextOptions(options) {
  if (options === undefined || options === null || typeof options !== 'object') return {};
  const { contextName: name, contextOrigin: origin, contextCodeGeneration, microtaskMode } = options;
  if (name !== undefined) validateString(name, 'options.contextName');
  if (origin !== undefined) validateString(origin, 'options.contextOrigin');
  let codeGeneration;
  if (contextCodeGeneration !== undefined) {
    validateObject(contextCodeGeneration, 'options.contextCodeGeneration');
    const { strings, wasm } = contextCodeGeneration;
    if (strings !== undefined) validateBoolean(strings, 'options.contextCodeGeneration.strings');
    if (wasm !== undefined) validateBoolean(wasm, 'options.contextCodeGeneration.wasm');
    codeGeneration = { strings, wasm };
  }
  if (microtaskMode !== undefined) validateString(microtaskMode, 'options.microtaskMode');
  return { name, origin, codeGeneration, microtaskMode };
}

function compileOrThrow(code, filename, lineOffset, columnOffset) {
  const script = binding.compile(code, filename, lineOffset, columnOffset);
  if (script === binding.threw) throw decorate(binding.takeError(), binding.takeArrow());
  return script;
}

const kCode = Symbol('kCode');
const kHandle = Symbol('kHandle');

class ContextifyScript {
  constructor(code, filename, lineOffset, columnOffset) {
    this[kCode] = code;
    this[kHandle] = compileOrThrow(code, filename, lineOffset, columnOffset);
  }

  createCachedData() {
    return cacheTag(this[kCode]);
  }
}

function runOptions(options = {}) {
  validateObject(options, 'options');
  const { timeout, displayErrors = true, breakOnSigint = false } = options;
  if (timeout !== undefined) validateUint32(timeout, 'options.timeout', true);
  validateBoolean(displayErrors, 'options.displayErrors');
  validateBoolean(breakOnSigint, 'options.breakOnSigint');
  return { timeout: timeout ?? 0, displayErrors };
}

function runIn(script, realm, options) {
  const { timeout, displayErrors } = runOptions(options);
  const result = binding.run(script[kHandle], realm, timeout, timedOut);
  if (result !== binding.threw) return result;
  const thrown = binding.takeError();
  const arrow = binding.takeArrow();
  if (thrown === timedOut) throw new ERR_SCRIPT_EXECUTION_TIMEOUT(timeout);
  throw displayErrors ? decorate(thrown, arrow) : thrown;
}

class Script extends ContextifyScript {
  constructor(code, options = {}) {
    code = `${code}`;
    if (typeof options === 'string') options = { filename: options };
    else validateObject(options, 'options');
    const { filename = 'evalmachine.<anonymous>', lineOffset = 0, columnOffset = 0, cachedData,
      produceCachedData = false, importModuleDynamically } = options;
    validateString(filename, 'options.filename');
    validateInt32(lineOffset, 'options.lineOffset');
    validateInt32(columnOffset, 'options.columnOffset');
    validateCachedData(cachedData, 'options.cachedData');
    validateBoolean(produceCachedData, 'options.produceCachedData');
    validateImportModuleDynamically(importModuleDynamically);
    super(code, filename, lineOffset, columnOffset);
    if (cachedData !== undefined) this.cachedDataRejected = !cacheAccepted(cachedData, code);
    if (produceCachedData) {
      this.cachedData = this.createCachedData();
      this.cachedDataProduced = true;
    }
    this.sourceURL = undefined;
    this.sourceMapURL = internalBinding('module').sourceMappingUrlOfScript(code) ?? undefined;
  }

  runInThisContext(options) {
    return runIn(this, null, options);
  }

  runInContext(contextifiedObject, options) {
    validateContext(contextifiedObject);
    return runIn(this, realms.get(contextifiedObject), options);
  }

  runInNewContext(contextObject, options) {
    const context = createContext(contextObject, newContextOptions(options));
    return this.runInContext(context, options);
  }
}

function createScript(code, options) {
  return new Script(code, options);
}

function filenameOptions(options) {
  return typeof options === 'string' ? { filename: options } : options;
}

function runInContext(code, contextifiedObject, options) {
  validateContext(contextifiedObject);
  options = filenameOptions(options);
  return createScript(code, options).runInContext(contextifiedObject, options);
}

function runInNewContext(code, contextObject, options) {
  options = filenameOptions(options);
  const context = createContext(contextObject, newContextOptions(options));
  return createScript(code, options).runInContext(context, options);
}

function runInThisContext(code, options) {
  options = filenameOptions(options);
  return createScript(code, options).runInThisContext(options);
}

function compileFunction(code, params, options = {}) {
  validateString(code, 'code');
  if (params !== undefined) {
    validateArray(params, 'params');
    params.forEach((param, i) => validateString(param, `params[${i}]`));
  }
  validateObject(options, 'options');
  const { filename = '', columnOffset = 0, lineOffset = 0, cachedData, produceCachedData = false,
    parsingContext, contextExtensions = [], importModuleDynamically } = options;
  validateString(filename, 'options.filename');
  validateInt32(columnOffset, 'options.columnOffset');
  validateInt32(lineOffset, 'options.lineOffset');
  validateCachedData(cachedData, 'options.cachedData');
  validateBoolean(produceCachedData, 'options.produceCachedData');
  if (parsingContext !== undefined &&
      (parsingContext === null || typeof parsingContext !== 'object' || !realms.has(parsingContext))) {
    throw new ERR_INVALID_ARG_TYPE('options.parsingContext', 'Context', parsingContext);
  }
  validateArray(contextExtensions, 'options.contextExtensions');
  contextExtensions.forEach((extension, i) => validateObject(extension, `options.contextExtensions[${i}]`));
  validateImportModuleDynamically(importModuleDynamically);

  const realm = parsingContext === undefined ? null : realms.get(parsingContext);
  const fn = binding.compileFunction(code, filename, lineOffset, columnOffset, (params ?? []).join(', '), realm,
    contextExtensions);
  if (fn === binding.threw) throw decorate(binding.takeError(), binding.takeArrow());
  if (cachedData !== undefined) fn.cachedDataRejected = !cacheAccepted(cachedData, code);
  if (produceCachedData) {
    fn.cachedData = cacheTag(code);
    fn.cachedDataProduced = true;
  }
  return fn;
}

// An estimate from the JVM's heap: jnode cannot attribute memory to contexts, so the main context is given all
// of it, and each other live context an estimate of 0 within that range.
function measureMemory(options = {}) {
  require('internal/process/object').emitExperimentalWarning('vm.measureMemory');
  validateObject(options, 'options');
  const { mode = 'summary', execution = 'default' } = options;
  validateOneOf(mode, 'options.mode', ['summary', 'detailed']);
  validateOneOf(execution, 'options.execution', ['default', 'eager']);
  const { used_heap_size: used, total_heap_size: total } = require('v8').getHeapStatistics();
  const estimate = { jsMemoryEstimate: used, jsMemoryRange: [used, total] };
  // V8 reports WebAssembly code and metadata sizes too; jnode's WebAssembly keeps no separate account of them.
  const WebAssembly = { code: 0, metadata: 0 };
  if (mode === 'summary') return Promise.resolve({ total: estimate, WebAssembly });
  const other = [];
  for (const ref of contextRefs) {
    if (ref.deref() === undefined) contextRefs.delete(ref);
    else other.push({ jsMemoryEstimate: 0, jsMemoryRange: [0, total] });
  }
  return Promise.resolve({ total: estimate, WebAssembly, current: estimate, other });
}

module.exports = {
  Script,
  createContext,
  createScript,
  runInContext,
  runInNewContext,
  runInThisContext,
  isContext,
  compileFunction,
  measureMemory,
  constants,
};

// Node has vm.Module, SourceTextModule and SyntheticModule only with --experimental-vm-modules.
if (require('internal/options').getOptionValue('--experimental-vm-modules')) {
  const { Module, SourceTextModule, SyntheticModule } = require('internal/vm/module');
  Object.assign(module.exports, { Module, SourceTextModule, SyntheticModule });
}

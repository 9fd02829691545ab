'use strict';
// vm.Module, vm.SourceTextModule and vm.SyntheticModule (--experimental-vm-modules). GraalJS parses, links and
// evaluates the records (internalBinding('contextify'), dev.jnode.vm.VmModule); a source text module's imports
// resolve to the modules the user's linker returned, kept on its record.

const {
  codes: {
    ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE, ERR_INVALID_THIS, ERR_SCRIPT_EXECUTION_TIMEOUT,
    ERR_VM_MODULE_ALREADY_LINKED, ERR_VM_MODULE_DIFFERENT_CONTEXT, ERR_VM_MODULE_LINK_FAILURE,
    ERR_VM_MODULE_NOT_MODULE, ERR_VM_MODULE_STATUS, ERR_MODULE_LINK_MISMATCH, ERR_VM_MODULE_CANNOT_CREATE_CACHED_DATA,
  },
} = require('internal/errors');
const {
  validateArray, validateBoolean, validateFunction, validateInt32, validateObject, validateString, validateUint32,
} = require('internal/validators');
const { realms } = require('internal/vm/realms');
const { decorate } = require('internal/vm/decorated');
const { validateCachedData, cacheTag, cacheAccepted } = require('internal/vm/cached_data');

const binding = internalBinding('contextify');

// Stands for "the watchdog stopped the evaluation" among the values it can throw.
const timedOut = Object.freeze({ __proto__: null });
// How many modules got a default identifier, in the main context and in each vm context.
const identifierCounts = new WeakMap();
const mainCount = { next: 0 };

function realmOf(context) {
  return context === undefined ? null : realms.get(context);
}

function defaultIdentifier(context) {
  let counter = mainCount;
  if (context !== undefined) {
    counter = identifierCounts.get(context);
    if (counter === undefined) identifierCounts.set(context, counter = { next: 0 });
  }
  return `vm:module(${counter.next++})`;
}

function rethrow(extra) {
  const error = binding.takeError();
  const arrow = binding.takeArrow();
  if (error === timedOut) throw new ERR_SCRIPT_EXECUTION_TIMEOUT(extra);
  throw decorate(error, arrow);
}

// Set by Module's static block: private state other classes of this file need.
let isModule;
let handleOf;
let linkGraph;
let collect;
let runImportMetaInitializer;

/** The record's imports as [specifier, attributes, phase] (the binding answers a Java array of arrays). */
function requestsOf(handle) {
  return Array.from(handle.requests(), (entry) => {
    const [specifier, phase, ...pairs] = Array.from(entry);
    const attributes = { __proto__: null };
    for (let i = 0; i < pairs.length; i += 2) attributes[pairs[i]] = pairs[i + 1];
    return [specifier, attributes, phase];
  });
}

class Module {
  #handle;
  #identifier;
  #context;
  #linking = false;
  #linkError;
  #linkFailed = false;
  #linked = [];
  #requestsLinked = false;

  static {
    isModule = (value) => value !== null && typeof value === 'object' && #handle in value;
    handleOf = (module) => module.#handle;
    linkGraph = (module, linker) => module.#linkGraph(linker);
  }

  constructor(handle, identifier, context) {
    if (new.target === Module) throw new TypeError('Module is not a constructor');
    require('internal/process/object').emitExperimentalWarning('VM Modules');
    this.#handle = handle;
    this.#identifier = identifier;
    this.#context = context;
    handle.setOwner(this);
  }

  get identifier() {
    return this.#identifier;
  }

  get context() {
    return this.#context;
  }

  get status() {
    if (!isModule(this)) throw new ERR_INVALID_THIS('Module');
    if (this.#linkFailed) return 'errored';
    const status = this.#handle.status();
    if (status === 'unlinked' && this.#linking) return 'linking';
    return status;
  }

  get namespace() {
    const status = this.status;
    if (status === 'unlinked' || status === 'linking') {
      throw new ERR_VM_MODULE_STATUS('must not be unlinked or linking');
    }
    return this.#handle.namespace();
  }

  get error() {
    if (this.status !== 'errored') throw new ERR_VM_MODULE_STATUS('must be errored');
    return this.#linkFailed ? this.#linkError : this.#handle.error();
  }

  async link(linker) {
    if (!isModule(this)) throw new ERR_INVALID_THIS('Module');
    validateFunction(linker, 'linker');
    const status = this.status;
    if (status === 'linked') throw new ERR_VM_MODULE_ALREADY_LINKED();
    if (status !== 'unlinked') throw new ERR_VM_MODULE_STATUS('must be unlinked');
    await this.#linkGraph(linker);
    this.#instantiate();
  }

  // Links the graph in GraalJS: every module in it must have its imports linked.
  #instantiate() {
    const graph = new Set();
    collect(this, graph);
    for (const module of graph) {
      if (module.#requestsLinked || module.#handle.status() !== 'unlinked') continue;
      if (module !== this && module.#handle.requests().length === 0) continue;
      const [first] = requestsOf(module.#handle);
      if (first === undefined) throw new ERR_VM_MODULE_LINK_FAILURE('module is not linked');
      throw new ERR_VM_MODULE_LINK_FAILURE(
        `request for '${first[0]}' can not be resolved on module '${module.#identifier}' that is not linked`);
    }
    for (const module of graph) module.#handle.prepare();
    if (binding.instantiateModule(this.#handle) === binding.threw) rethrow();
  }

  /** Links this module's imports, in the order of moduleRequests, to `modules` (Node's synchronous linking). */
  linkRequests(modules) {
    if (!isModule(this)) throw new ERR_INVALID_THIS('Module');
    validateArray(modules, 'modules');
    if (this.status !== 'unlinked') throw new ERR_VM_MODULE_STATUS('must be unlinked');
    const requests = requestsOf(this.#handle);
    if (modules.length !== requests.length) {
      throw new ERR_MODULE_LINK_MISMATCH(`Expected ${requests.length} modules, got ${modules.length}`);
    }
    modules.forEach((module, index) => {
      if (!isModule(module)) throw new ERR_VM_MODULE_NOT_MODULE();
      if (module.context !== this.context) throw new ERR_VM_MODULE_DIFFERENT_CONTEXT();
    });
    modules.forEach((module, index) => this.#handle.link(index, module.#handle));
    this.#linked = [...modules];
    this.#requestsLinked = true;
  }

  /** Links the graph whose imports linkRequests() linked. */
  instantiate() {
    if (!isModule(this)) throw new ERR_INVALID_THIS('Module');
    const status = this.status;
    if (status === 'linked' || status === 'evaluated' || status === 'evaluating') return;
    if (status !== 'unlinked') throw new ERR_VM_MODULE_STATUS('must be unlinked');
    this.#instantiate();
  }

  /** Whether evaluating the (linked) graph involves top-level await. */
  hasAsyncGraph() {
    const status = this.status;
    if (status === 'unlinked' || status === 'linking') throw new ERR_VM_MODULE_STATUS('must be instantiated');
    const graph = new Set();
    collect(this, graph);
    return [...graph].some((module) => module.#handle.hasTopLevelAwait());
  }

  // Asks the linker for each import, and links what it returns the same way (modules already linking are part
  // of a cycle and are left to finish).
  async #linkGraph(linker) {
    this.#linking = true;
    try {
      await Promise.all(requestsOf(this.#handle).map(async ([specifier, attributes], index) => {
        const module = await linker(specifier, this, { attributes, assert: attributes });
        if (!isModule(module)) throw new ERR_VM_MODULE_NOT_MODULE();
        if (module.context !== this.context) throw new ERR_VM_MODULE_DIFFERENT_CONTEXT();
        if (module.status === 'errored') {
          throw new ERR_VM_MODULE_LINK_FAILURE(`request for '${specifier}' resolved to an errored module`,
            module.error);
        }
        if (module.status === 'unlinked') await linkGraph(module, linker);
        this.#handle.link(index, module.#handle);
        this.#linked.push(module);
      }));
      this.#requestsLinked = true;
    } catch (err) {
      this.#linkFailed = true;
      this.#linkError = err;
      throw err;
    } finally {
      this.#linking = false;
    }
  }

  // Not async, as in Node: a synchronous module's promise is already settled when evaluate() returns.
  evaluate(options = {}) {
    try {
      if (!isModule(this)) throw new ERR_INVALID_THIS('Module');
      return this.#evaluate(options);
    } catch (err) {
      return Promise.reject(err);
    }
  }

  #evaluate(options) {
    validateObject(options, 'options');
    const { timeout, breakOnSigint = false } = options;
    if (timeout !== undefined) validateUint32(timeout, 'options.timeout', true);
    validateBoolean(breakOnSigint, 'options.breakOnSigint');
    const status = this.status;
    if (status !== 'linked' && status !== 'evaluated' && status !== 'errored') {
      throw new ERR_VM_MODULE_STATUS('must be one of linked, evaluated, or errored');
    }
    return this.evaluateRecord(timeout ?? 0);
  }

  evaluateRecord(timeout) {
    const promise = binding.evaluateModule(this.#handle, timeout, timedOut);
    if (promise === binding.threw) rethrow(timeout);
    return promise;
  }

  [require('internal/util/inspect').inspect.custom](depth, options, inspect) {
    if (!isModule(this)) throw new ERR_INVALID_THIS('Module');
    if (typeof depth === 'number' && depth < 0) return options.stylize(`[${this.constructor.name}]`, 'special');
    // A plain object of the module's class carrying what Node shows, tagged with the class name so that the
    // name is not repeated; inspected without custom inspection, or this method would run again.
    const shown = { __proto__: Object.getPrototypeOf(this), status: this.status, identifier: this.identifier,
      context: this.context };
    Object.defineProperty(shown, Symbol.toStringTag, { value: this.constructor.name, configurable: true });
    return inspect(shown, { ...options, customInspect: false });
  }

  static {
    collect = (module, graph) => {
      if (graph.has(module)) return;
      graph.add(module);
      for (const linked of module.#linked) collect(linked, graph);
    };
  }
}


function moduleOptions(options) {
  validateObject(options, 'options');
  const { identifier, context } = options;
  if (identifier !== undefined) validateString(identifier, 'options.identifier');
  if (context !== undefined && (context === null || typeof context !== 'object' || !realms.has(context))) {
    throw new ERR_INVALID_ARG_TYPE('options.context', 'vm.Context', context);
  }
  return { identifier: identifier ?? defaultIdentifier(context), context };
}

class SourceTextModule extends Module {
  #initializeImportMeta;
  #sourceText;
  #requests;
  #specifiers;

  static {
    runImportMetaInitializer = (module, meta) => module.#initializeImportMeta?.(meta, module);
  }

  constructor(sourceText, options = {}) {
    validateString(sourceText, 'sourceText');
    const { identifier, context } = moduleOptions(options);
    const { lineOffset = 0, columnOffset = 0, initializeImportMeta, importModuleDynamically, cachedData } = options;
    validateInt32(lineOffset, 'options.lineOffset');
    validateInt32(columnOffset, 'options.columnOffset');
    if (initializeImportMeta !== undefined) validateFunction(initializeImportMeta, 'options.initializeImportMeta');
    if (importModuleDynamically !== undefined) {
      validateFunction(importModuleDynamically, 'options.importModuleDynamically');
    }
    validateCachedData(cachedData, 'options.cachedData');
    if (cachedData !== undefined && !cacheAccepted(cachedData, sourceText)) {
      const { codes: { ERR_VM_MODULE_CACHED_DATA_REJECTED } } = require('internal/errors');
      throw new ERR_VM_MODULE_CACHED_DATA_REJECTED();
    }
    const handle = binding.sourceTextModule(sourceText, identifier, lineOffset, columnOffset, realmOf(context));
    if (handle === binding.threw) rethrow();
    super(handle, identifier, context);
    this.#sourceText = sourceText;
    this.#initializeImportMeta = initializeImportMeta;
  }

  get moduleRequests() {
    this.#requests ??= Object.freeze(requestsOf(handleOf(this)).map(([specifier, attributes, phase]) =>
      Object.freeze({ __proto__: null, specifier, attributes: Object.freeze(attributes), phase })));
    return this.#requests;
  }

  get dependencySpecifiers() {
    this.#specifiers ??= Object.freeze(this.moduleRequests.map((request) => request.specifier));
    return this.#specifiers;
  }

  hasTopLevelAwait() {
    return handleOf(this).hasTopLevelAwait();
  }

  createCachedData() {
    const status = this.status;
    if (status === 'evaluating' || status === 'evaluated' || status === 'errored') {
      throw new ERR_VM_MODULE_CANNOT_CREATE_CACHED_DATA();
    }
    return cacheTag(this.#sourceText);
  }
}

class SyntheticModule extends Module {
  #exportNames;
  #failed = false;
  #failure;
  #evaluating = false;

  constructor(exportNames, evaluateCallback, options = {}) {
    if (!Array.isArray(exportNames) || exportNames.some((name) => typeof name !== 'string')) {
      throw new ERR_INVALID_ARG_TYPE('exportNames', 'Array of unique strings', exportNames);
    }
    const seen = new Set();
    for (const name of exportNames) {
      if (seen.has(name)) throw new ERR_INVALID_ARG_VALUE(`exportNames.${name}`, name, 'is duplicated');
      seen.add(name);
    }
    validateFunction(evaluateCallback, 'evaluateCallback');
    const { identifier, context } = moduleOptions(options);
    let self;
    const run = () => {
      try {
        // What an asynchronous callback's promise does later is its own business (as in Node).
        Reflect.apply(evaluateCallback, self, []);
      } catch (err) {
        self.#failed = true;
        self.#failure = err;
      }
    };
    const handle = binding.syntheticModule(exportNames, identifier, realmOf(context), run);
    super(handle, identifier, context);
    self = this;
    this.#exportNames = new Set(exportNames);
  }

  get status() {
    if (this.#evaluating) return 'evaluating';
    return this.#failed ? 'errored' : super.status;
  }

  // A synthetic module has no imports: it is linked from the start.
  link(linker) {
    validateFunction(linker, 'linker');
    return Promise.resolve();
  }

  get error() {
    if (!this.#failed) throw new ERR_VM_MODULE_STATUS('must be errored');
    return this.#failure;
  }

  evaluateRecord(timeout) {
    if (this.#failed) return Promise.reject(this.#failure);
    this.#evaluating = true;
    let promise;
    try {
      promise = super.evaluateRecord(timeout);
    } finally {
      this.#evaluating = false;
    }
    return this.#failed ? Promise.reject(this.#failure) : promise;
  }

  setExport(name, value) {
    if (this === null || typeof this !== 'object' || !(#exportNames in this)) {
      throw new ERR_INVALID_THIS('SyntheticModule');
    }
    validateString(name, 'name');
    if (!this.#exportNames.has(name)) throw new ReferenceError(`Export '${name}' is not defined in module`);
    handleOf(this).setExport(name, value);
  }
}

/** import.meta of a source text module: its initializeImportMeta(meta, module), if given, fills it. */
function initializeImportMeta(meta, handle) {
  const module = handle.owner();
  if (module instanceof SourceTextModule) runImportMetaInitializer(module, meta);
}

require('internal/modules/esm/loader').install();

module.exports = { Module, SourceTextModule, SyntheticModule, initializeImportMeta };

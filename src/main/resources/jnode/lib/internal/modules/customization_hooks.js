'use strict';
// module.registerHooks(): synchronous resolve and load hooks, run on the loading thread for require() and import
// alike. Hooks chain from the last registered to the first, each calling the next (or short-circuiting), the
// last next being jnode's own resolution or loading. module.register()'s hooks thread joins the chain as one
// entry that only imports see (internal/modules/esm/register).

const {
  codes: { ERR_INVALID_ARG_TYPE, ERR_INVALID_RETURN_PROPERTY_VALUE, ERR_LOADER_CHAIN_INCOMPLETE },
} = require('internal/errors');

const registered = [];
// Entries that import sees and require() does not, kept apart so that the public objects show only their hooks.
const importOnly = new WeakSet();

class ModuleHooks {
  constructor(resolve, load) {
    this.resolve = resolve;
    this.load = load;
  }

  deregister() {
    const i = registered.indexOf(this);
    if (i !== -1) registered.splice(i, 1);
  }
}

function registerHooks(hooks) {
  const { resolve, load } = hooks;
  for (const [name, fn] of [['hooks.resolve', resolve], ['hooks.load', load]]) {
    if (fn !== undefined && typeof fn !== 'function') throw new ERR_INVALID_ARG_TYPE(name, 'function', fn);
  }
  const entry = new ModuleHooks(resolve, load);
  registered.push(entry);
  return entry;
}

/** Hooks that import sees and require() does not, as Node's asynchronous hooks. */
function registerImportHooks(resolve, load) {
  const entry = new ModuleHooks(resolve, load);
  importOnly.add(entry);
  registered.push(entry);
}

function applies(hooks, forRequire) {
  return !(forRequire && importOnly.has(hooks));
}

function hasHooks(forRequire = false) {
  return registered.some((h) => applies(h, forRequire));
}

// Runs the `kind` hooks over (input, context); `last` is jnode's own step; `check` validates each result.
function runChain(kind, input, context, last, check, forRequire) {
  const chain = registered.filter((h) => typeof h[kind] === 'function' && applies(h, forRequire));
  return callChain(chain, kind, input, context, last, check, false);
}

/**
 * Calls the `kind` functions of `chain` from the last to the first over (input, context), each given the next as
 * its third argument; `last` ends the chain. With `async` (module.register()'s hooks, each entry named by the
 * specifier it was registered with) each step may answer a promise, the chain answers one, and errors name the
 * hook as Node names asynchronous ones.
 */
function callChain(chain, kind, input, context, last, check, async) {
  // Asynchronous steps are async functions, as Node's: what one throws (the default step's not-found error too)
  // is the rejection of the promise the hook before it awaits.
  const step = (index) => (async ? async (...args) => runStep(index, ...args) : (...args) => runStep(index, ...args));
  const runStep = (index, nextInput, nextContext = context) => {
    if (index < 0) return last(nextInput, withAttributes(nextContext));
    let calledNext = false;
    const next = step(index - 1);
    const result = chain[index][kind](nextInput, hookContext(nextContext), (...args) => {
      calledNext = true;
      return next(...args);
    });
    const finish = (value) => {
      if (async) {
        // Node checks an asynchronous hook's answer before its short circuit.
        const hookName = `${chain[index].name} '${kind}'`;
        check(value, hookName);
        if (!calledNext && value.shortCircuit !== true) throw new ERR_LOADER_CHAIN_INCOMPLETE(hookName);
        return value;
      }
      // A hook that does not call the next one must say so.
      if (!calledNext && value?.shortCircuit !== true) {
        throw new ERR_INVALID_RETURN_PROPERTY_VALUE('true', kind, 'shortCircuit', value?.shortCircuit);
      }
      check(value, kind);
      return value;
    };
    return async ? Promise.resolve(result).then(finish) : finish(result);
  };
  return step(chain.length - 1)(input, context);
}

let warnedAssertions = false;

// Node's loader still takes `importAssertions`, the old name of `importAttributes`, with a warning.
function warnAssertions() {
  if (warnedAssertions) return;
  warnedAssertions = true;
  process.emitWarning('Use `importAttributes` instead of `importAssertions`', 'ExperimentalWarning');
}

/** A context (or a resolve answer) that names its attributes `importAssertions` has them as `importAttributes`. */
function withAttributes(object) {
  // Only a value a hook put there counts (a context's own importAssertions accessor must not warn here).
  const assertions = object == null ? undefined : Object.getOwnPropertyDescriptor(object, 'importAssertions')?.value;
  if (assertions === undefined || object.importAttributes !== undefined) return object;
  warnAssertions();
  const { importAssertions, ...rest } = object;
  return { ...rest, importAttributes: importAssertions };
}

/** The copy of the context a hook gets: `importAssertions` reads and writes its attributes, with the warning. */
function hookContext(context) {
  const copy = { ...withAttributes(context) };
  Object.defineProperty(copy, 'importAssertions', {
    get() {
      warnAssertions();
      return this.importAttributes;
    },
    set(value) {
      warnAssertions();
      this.importAttributes = value;
    },
    enumerable: false,
    configurable: true,
  });
  return copy;
}

/** The resolve chain: { url, format? } for `specifier` with context { conditions, importAttributes, parentURL }. */
function resolveWithHooks(specifier, context, defaultResolve, forRequire = false) {
  return runChain('resolve', specifier, context, defaultResolve, checkResolved, forRequire);
}

function checkResolved(result, hookName) {
  if (typeof result?.url !== 'string') {
    throw new ERR_INVALID_RETURN_PROPERTY_VALUE('a URL string', hookName, 'url', result?.url);
  }
}

/** The load chain: { format, source } for `url` with context { conditions, format, importAttributes }. */
function loadWithHooks(url, context, defaultLoad, forRequire = false) {
  return runChain('load', url, context, defaultLoad, () => {}, forRequire);
}

/** A hook's source (string, Buffer, TypedArray or ArrayBuffer) as text. */
function sourceText(source) {
  if (typeof source === 'string') return source;
  if (source == null) return null;
  return Buffer.from(ArrayBuffer.isView(source) ? source.buffer.slice(source.byteOffset,
    source.byteOffset + source.byteLength) : source).toString('utf8');
}

module.exports = { registerHooks, registerImportHooks, hasHooks, resolveWithHooks, loadWithHooks, callChain,
  checkResolved, sourceText, withAttributes };

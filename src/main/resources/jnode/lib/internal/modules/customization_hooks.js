'use strict';
// module.registerHooks(): synchronous resolve and load hooks, run on the loading thread for require() and import
// alike. Hooks chain from the last registered to the first, each calling the next (or short-circuiting), the
// last next being jnode's own resolution or loading.

const {
  codes: { ERR_INVALID_ARG_TYPE, ERR_INVALID_RETURN_PROPERTY_VALUE },
} = require('internal/errors');

const registered = [];

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

function hasHooks() {
  return registered.length > 0;
}

// Runs the `kind` hooks over (input, context); `last` is jnode's own step; `check` validates each result.
function runChain(kind, input, context, last, check) {
  const chain = registered.filter((h) => typeof h[kind] === 'function');
  const step = (index) => (nextInput, nextContext = context) => {
    if (index < 0) return last(nextInput, nextContext);
    let calledNext = false;
    const next = step(index - 1);
    const result = chain[index][kind](nextInput, { ...nextContext }, (...args) => {
      calledNext = true;
      return next(...args);
    });
    // A hook that does not call the next one must say so.
    if (!calledNext && result?.shortCircuit !== true) {
      throw new ERR_INVALID_RETURN_PROPERTY_VALUE('true', kind, 'shortCircuit', result?.shortCircuit);
    }
    check(result, kind);
    return result;
  };
  return step(chain.length - 1)(input, context);
}

/** The resolve chain: { url, format? } for `specifier` with context { conditions, importAttributes, parentURL }. */
function resolveWithHooks(specifier, context, defaultResolve) {
  return runChain('resolve', specifier, context, defaultResolve, (result, kind) => {
    if (typeof result?.url !== 'string') {
      throw new ERR_INVALID_RETURN_PROPERTY_VALUE('a URL string', kind, 'url', result?.url);
    }
  });
}

/** The load chain: { format, source } for `url` with context { conditions, format, importAttributes }. */
function loadWithHooks(url, context, defaultLoad) {
  return runChain('load', url, context, defaultLoad, () => {});
}

/** A hook's source (string, Buffer, TypedArray or ArrayBuffer) as text. */
function sourceText(source) {
  if (typeof source === 'string') return source;
  if (source == null) return null;
  return Buffer.from(ArrayBuffer.isView(source) ? source.buffer.slice(source.byteOffset,
    source.byteOffset + source.byteLength) : source).toString('utf8');
}

module.exports = { registerHooks, hasHooks, resolveWithHooks, loadWithHooks, sourceText };

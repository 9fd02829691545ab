'use strict';
// module.register()'s hooks thread (internal/modules/esm/register is the other side): imports each hooks module
// and awaits its initialize(data), then answers resolve and load requests through the chain of the registered
// modules' hooks, the last registered first and jnode's own resolution and loading last. Each answer is posted
// before the shared word wakes the waiting thread.

const { workerData } = require('worker_threads');
const { defaultResolve, defaultLoad } = require('internal/modules/esm/loader');
const { callChain, checkResolved } = require('internal/modules/customization_hooks');
const { codes: { ERR_UNSUPPORTED_RESOLVE_REQUEST, ERR_INVALID_RETURN_VALUE, ERR_INVALID_RETURN_PROPERTY_VALUE } } =
  require('internal/errors');

const { port, signal } = workerData;
const chain = [];

// A specifier that is already a URL (but not a builtin) is imported as it is; others resolve against the parent,
// which must then be a file (data:, the default, cannot be resolved against).
function hooksModuleUrl(specifier, parentURL) {
  if (/^[a-zA-Z][a-zA-Z0-9+.-]*:/.test(specifier) && !specifier.startsWith('node:')) return specifier;
  if (!parentURL.startsWith('file:')) {
    throw new ERR_UNSUPPORTED_RESOLVE_REQUEST(specifier, parentURL);
  }
  return defaultResolve(specifier, { parentURL }).url;
}

// What Node requires of an asynchronous hook's answer: an object, a parsable URL, a string format (or none), and
// a source that is a string, an ArrayBuffer or a TypedArray (or none).
function checkAnswer(result, hookName) {
  if (result === null || typeof result !== 'object') {
    throw new ERR_INVALID_RETURN_VALUE('an object', hookName, result);
  }
  if (result.format != null && typeof result.format !== 'string') {
    throw new ERR_INVALID_RETURN_PROPERTY_VALUE('a string', hookName, 'format', result.format);
  }
}

function checkResolveAnswer(result, hookName) {
  checkAnswer(result, hookName);
  checkResolved(result, hookName);
  if (!URL.canParse(result.url)) {
    throw new ERR_INVALID_RETURN_PROPERTY_VALUE('a URL string', hookName, 'url', result.url);
  }
}

function checkLoadAnswer(result, hookName) {
  checkAnswer(result, hookName);
  const { source } = result;
  const valid = source == null || typeof source === 'string' || source instanceof ArrayBuffer ||
    source instanceof SharedArrayBuffer || (ArrayBuffer.isView(source) && !(source instanceof DataView));
  if (!valid) {
    throw new ERR_INVALID_RETURN_PROPERTY_VALUE('a string, an ArrayBuffer, or a TypedArray', hookName, 'source',
      source);
  }
}

// As Node's asynchronous default: a CommonJS file comes without its source (undefined when the resolve step named
// the format, null when loading found it), so that the loading thread's require() machinery reads it.
function loadOnThisThread(url, context) {
  const result = defaultLoad(url, context);
  if (result.format !== 'commonjs') return result;
  return { ...result, source: context?.format === 'commonjs' ? undefined : null };
}

const handlers = {
  async register({ specifier, parentURL, data }) {
    const hooks = await import(hooksModuleUrl(specifier, parentURL));
    if (typeof hooks.initialize === 'function') await hooks.initialize(data);
    chain.push({ name: specifier, resolve: hooks.resolve, load: hooks.load });
  },
  resolve({ specifier, context }) {
    return callChain(chain.filter((h) => typeof h.resolve === 'function'), 'resolve', specifier, context,
      defaultResolve, checkResolveAnswer, true);
  },
  async load({ url, context }) {
    const result = await callChain(chain.filter((h) => typeof h.load === 'function'), 'load', url, context,
      loadOnThisThread, checkLoadAnswer, true);
    // An ES module must come with its text: nothing else would read it.
    if (result.format === 'module' && result.source == null) {
      throw new ERR_INVALID_RETURN_PROPERTY_VALUE('a string, an ArrayBuffer, or a TypedArray', 'load', 'source',
        result.source);
    }
    return result;
  },
};

function answer(message) {
  try {
    port.postMessage(message);
  } catch (error) { // a hook's result that cannot cross threads
    port.postMessage({ error });
  }
  Atomics.store(signal, 0, 1);
  Atomics.notify(signal, 0);
}

port.on('message', async ({ kind, payload }) => {
  try {
    answer({ value: await handlers[kind](payload) });
  } catch (error) {
    // Own properties (code, url, ...) do not survive a structured clone: they travel beside the error.
    answer({ error, props: error !== null && typeof error === 'object' ? { ...error } : undefined });
  }
});

'use strict';
// module.register()'s hooks thread (internal/modules/esm/register is the other side): imports each hooks module
// and awaits its initialize(data), then answers resolve and load requests through the chain of the registered
// modules' hooks, the last registered first and jnode's own resolution and loading last. Each answer is posted
// before the shared word wakes the waiting thread.

const { workerData } = require('worker_threads');
const { defaultResolve, defaultLoad } = require('internal/modules/esm/loader');
const { callChain, checkResolved } = require('internal/modules/customization_hooks');
const { codes: { ERR_UNSUPPORTED_RESOLVE_REQUEST } } = require('internal/errors');

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
      defaultResolve, checkResolved, true);
  },
  load({ url, context }) {
    return callChain(chain.filter((h) => typeof h.load === 'function'), 'load', url, context, loadOnThisThread,
      () => {}, true);
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

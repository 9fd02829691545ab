'use strict';
// module.register(): asynchronous resolve and load hooks, run on a hooks thread as Node runs them
// (internal/modules/esm/hooks_thread). The loading thread posts each request and sleeps on a shared word until
// the answer is there, so the hooks thread joins the synchronous chain of module.registerHooks() as one entry that
// import sees and require() does not (as in Node, asynchronous hooks leave require() alone).

const { MessageChannel, receiveMessageOnPort } = require('worker_threads');
const { Worker, kInternalEntry } = require('internal/worker');
const { registerImportHooks } = require('internal/modules/customization_hooks');

let hooksThread = null;

function register(specifier, parentURL, options) {
  // register(specifier, options) takes the parent URL from the options.
  if (parentURL != null && typeof parentURL === 'object' && !(parentURL instanceof URL)) {
    options = parentURL;
    parentURL = options.parentURL;
  }
  if (hooksThread === null) {
    hooksThread = startHooksThread();
    registerImportHooks(
      (specifier, context) => ({ ...ask('resolve', { specifier, context }), shortCircuit: true }),
      (url, context) => ({ ...ask('load', { url, context }), shortCircuit: true }));
  }
  ask('register', { specifier: `${specifier}`, parentURL: `${parentURL ?? 'data:'}`, data: options?.data },
    options?.transferList);
}

function startHooksThread() {
  const { port1, port2 } = new MessageChannel();
  const signal = new Int32Array(new SharedArrayBuffer(4));
  const worker = new Worker('node:internal/modules/esm/hooks_thread', {
    [kInternalEntry]: 'internal/modules/esm/hooks_thread',
    execArgv: [],
    workerData: { port: port2, signal },
    transferList: [port2],
  });
  // The hooks serve the program; they never keep it alive.
  worker.unref();
  port1.unref();
  return { port: port1, signal };
}

/** Posts a request to the hooks thread and waits for its answer: the value, or the error thrown there. */
function ask(kind, payload, transferList) {
  const { port, signal } = hooksThread;
  Atomics.store(signal, 0, 0);
  port.postMessage({ kind, payload }, transferList);
  while (Atomics.load(signal, 0) === 0) Atomics.wait(signal, 0, 0);
  const { message } = receiveMessageOnPort(port);
  if ('error' in message) throw message.props === undefined ? message.error : Object.assign(message.error, message.props);
  return message.value;
}

module.exports = { register };

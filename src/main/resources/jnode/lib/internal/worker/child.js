'use strict';
// A worker thread's side: its identity, parentPort and workerData, its stdio (streams to and from the parent, over
// the control channel) and what differs from the main thread: process.exit() ends the thread only, an uncaught
// error goes to the parent's 'error' event instead of stderr, and the process-wide operations are refused.

const binding = internalBinding('worker');
const { portOf, receiveMessageOnPort } = require('internal/worker/io');
const { codes: { ERR_WORKER_UNSUPPORTED_OPERATION } } = require('internal/errors');

let state = null;

/** Called by the bootstrap of a worker's runtime, before the entry point runs; `quit` ends the context. */
function setup(process, quit) {
  const [threadId, threadName, publicHandle, controlHandle] = binding.self();
  const control = portOf(controlHandle);
  const { init } = receiveMessageOnPort(control).message;
  const parentPort = portOf(publicHandle);
  state = {
    threadId, threadName, parentPort, workerData: init.workerData, resourceLimits: init.resourceLimits,
  };

  process.reallyExit = (code) => quit(code | 0);
  for (const name of ['chdir', 'abort', 'setuid', 'setgid', 'seteuid', 'setegid', 'setgroups', 'initgroups']) {
    if (typeof process[name] !== 'function') continue;
    const operation = `process.${name}()`;
    process[name] = { [name]() { throw new ERR_WORKER_UNSUPPORTED_OPERATION(operation); } }[name];
  }
  // Reading the mask is allowed; setting it would change it for the whole process.
  const readUmask = process.umask;
  process.umask = function umask(mask) {
    if (mask !== undefined) throw new ERR_WORKER_UNSUPPORTED_OPERATION('Setting process.umask()');
    return readUmask();
  };
  replaceEnv(process.env, init.env);
  for (const [key, value] of init.environmentData) require('internal/worker').environmentData.set(key, value);

  const { Readable, Writable } = require('stream');
  const output = (key) => new Writable({
    write(chunk, encoding, callback) {
      control.postMessage({ [key]: chunk });
      callback();
    },
    writev(chunks, callback) {
      control.postMessage({ [key]: Buffer.concat(chunks.map(({ chunk }) => chunk)) });
      callback();
    },
  });
  const stdin = new Readable({ read() {} });
  if (!init.stdin) stdin.push(null);
  control.on('message', (message) => {
    if (message.stdin !== undefined) stdin.push(Buffer.from(message.stdin));
    else if (message.stdinEnd) stdin.push(null);
  });
  control.unref();
  require('internal/process/stdio').useStreams({ stdin, stdout: output('stdout'), stderr: output('stderr') });

  require('internal/process/fatal').reportToParent((error) => {
    try {
      control.postMessage({ error, errorProperties: cloneableProperties(error) });
    } catch {
      control.postMessage({ error: require('internal/util/inspect').inspect(error) });
    }
  });
  control.postMessage({ online: true });
}

// The serializer keeps an error's message, stack and cause, and its class only when it is a built-in one. Node
// also passes the error's own properties (code, an AggregateError's errors...; the non-enumerable ones stay so)
// and its name, even one inherited from a class the parent will not see: [key, value, enumerable] entries.
// (A proxy or exotic error is read as it is; an accessor's value is read only when it is enumerable.)
function cloneableProperties(error) {
  if (error === null || typeof error !== 'object') return undefined;
  const properties = [];
  const add = (key, value, enumerable) => {
    try {
      properties.push([key, structuredClone(value), enumerable]);
    } catch {
      // A property that cannot cross threads stays behind, as in Node.
    }
  };
  // The name is the first one along the prototype chain that is a plain value (a getter, as DOMException's, is
  // passed over).
  for (let object = error; object !== null; object = Object.getPrototypeOf(object)) {
    const descriptor = Object.getOwnPropertyDescriptor(object, 'name');
    if (descriptor === undefined || !('value' in descriptor)) continue;
    add('name', descriptor.value, object === error && descriptor.enumerable);
    break;
  }
  for (const key of Object.getOwnPropertyNames(error)) {
    if (key === 'name' || key === 'message' || key === 'stack') continue;
    const descriptor = Object.getOwnPropertyDescriptor(error, key);
    if ('value' in descriptor) add(key, descriptor.value, descriptor.enumerable);
    else if (descriptor.enumerable) add(key, error[key], true);
  }
  return properties;
}

// The worker's process.env starts as a copy of what its parent gave (process.env by default).
function replaceEnv(env, entries) {
  for (const key of Object.keys(env)) delete env[key];
  Object.assign(env, entries);
}

function current() {
  return state;
}

module.exports = { setup, current };

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

// The serializer keeps an error's name, message, stack and cause; Node's also keeps its own properties (code...).
function cloneableProperties(error) {
  if (error === null || typeof error !== 'object') return undefined;
  const properties = {};
  for (const key of Object.keys(error)) {
    try {
      properties[key] = structuredClone(error[key]);
    } catch {
      // A property that cannot cross threads stays behind, as in Node.
    }
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

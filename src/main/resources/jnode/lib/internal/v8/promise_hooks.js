'use strict';
// v8.promiseHooks over GraalJS's promise hook (V8's counterpart): the engine reports each promise's creation,
// settlement, and the start and end of each reaction job; the hook is installed only while a callback is
// registered, so promises cost nothing extra otherwise.

const { codes: { ERR_INVALID_ARG_TYPE, ERR_JNODE_UNSUPPORTED } } = require('internal/errors');
const { isAsyncFunction } = require('internal/util/types');

// By the engine's event number: init, settled, before, after.
const kinds = ['init', 'settled', 'before', 'after'];
const registered = kinds.map(() => []);
let installed = false;

function dispatch(kind, promise, parent) {
  // A copy: a callback may stop itself (or another) while the list is being walked.
  for (const callback of [...registered[kind]]) {
    try {
      if (kind === 0) callback(promise, parent);
      else callback(promise);
    } catch (err) {
      // As in Node, a hook's exception is uncaught at once, and the promise operation goes on.
      if (!internalBinding('task_queue').triggerUncaughtException(err)) throw err;
    }
  }
}

function updateEngineHook() {
  const wanted = registered.some((list) => list.length > 0);
  if (wanted === installed) return;
  if (!internalBinding('v8').setPromiseHook(wanted ? dispatch : null)) {
    throw new ERR_JNODE_UNSUPPORTED('v8.promiseHooks without access to GraalJS internals');
  }
  installed = wanted;
}

// An async callback would make promises of its own for every promise event, without end.
function validateHook(callback, name) {
  if (typeof callback !== 'function' || isAsyncFunction(callback)) {
    throw new ERR_INVALID_ARG_TYPE(name, 'function', callback);
  }
}

function register(kind, callback) {
  validateHook(callback, `${kinds[kind]}Hook`);
  registered[kind].push(callback);
  updateEngineHook();
  let stopped = false;
  function stop() {
    if (stopped) return;
    stopped = true;
    const list = registered[kind];
    list.splice(list.indexOf(callback), 1);
    updateEngineHook();
  }
  return stop.bind(undefined);
}

const onInit = (hook) => register(0, hook);
const onSettled = (hook) => register(1, hook);
const onBefore = (hook) => register(2, hook);
const onAfter = (hook) => register(3, hook);

function createHook({ init, before, after, settled } = {}) {
  const given = [[init, 0], [settled, 1], [before, 2], [after, 3]].filter(([hook]) => hook !== undefined);
  for (const [hook, kind] of given) validateHook(hook, `${kinds[kind]}Hook`);
  const stops = given.map(([hook, kind]) => register(kind, hook));
  return () => {
    for (const stop of stops) stop();
  };
}

module.exports = { createHook, onInit, onBefore, onAfter, onSettled };

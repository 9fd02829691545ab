'use strict';
// Where an unhandled 'error' event was emitted. Node's report of such an exception (the report only:
// err.stack stays the error's own) follows the stack with "Emitted 'error' event ... at:" and the frames of
// the emit() call, and its header shows the throw statement in node:events, not the error's creation.

const kEnhanceStackBeforeInspector = Symbol('kEnhanceStackBeforeInspector');

/**
 * Marks `error`, which emitter.emit('error') is about to throw, with the emit site: the frames of the
 * caller of `emit` (the emitting function). Called on the line of that throw statement, which becomes the
 * report's header.
 */
function markEmitSite(emitter, error, emit) {
  const emitted = {};
  Error.captureStackTrace(emitted, emit);
  const newline = emitted.stack.indexOf('\n');
  const frames = newline === -1 ? '' : emitted.stack.slice(newline);
  const kind = emitter?.constructor?.name;
  const on = kind && kind !== 'EventEmitter' ? ` on ${kind} instance` : '';
  const throwLine = /\(?node:events:(\d+):\d+\)?/.exec(new Error().stack);
  Object.defineProperty(error, kEnhanceStackBeforeInspector, {
    __proto__: null,
    configurable: true,
    writable: true,
    value: () => ({
      stack: `${error.stack}\nEmitted 'error' event${on} at:${frames}`,
      throwLine: throwLine === null ? null : Number(throwLine[1]),
    }),
  });
  return error;
}

module.exports = { kEnhanceStackBeforeInspector, markEmitSite };

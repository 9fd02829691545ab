'use strict';
// t.assert: node:assert's functions, each counted towards the test's plan; test.assert.register adds more.

const assert = require('assert');

const assertionNames = ['deepEqual', 'deepStrictEqual', 'doesNotMatch', 'doesNotReject', 'doesNotThrow', 'equal',
  'fail', 'ifError', 'match', 'notDeepEqual', 'notDeepStrictEqual', 'notEqual', 'notStrictEqual', 'ok',
  'partialDeepStrictEqual', 'rejects', 'strictEqual', 'throws'];

const registered = new Map();
for (const name of assertionNames) {
  if (typeof assert[name] === 'function') registered.set(name, assert[name]);
}
// Snapshot assertions need snapshot files, which jnode does not write yet.
for (const [name, fn] of Object.entries(
  require('internal/unsupported').unsupportedFunctions('t.assert', ['snapshot', 'fileSnapshot']))) {
  registered.set(name, fn);
}

// One object per test context: each function counts one assertion, then runs with the context as `this`.
function boundAssertions(context, onAssert) {
  const bound = { __proto__: null };
  for (const [name, fn] of registered) {
    bound[name] = {
      [name](...args) {
        onAssert();
        return Reflect.apply(fn, context, args);
      },
    }[name];
  }
  return bound;
}

const publicAssert = {
  register(name, fn) {
    const { validateString, validateFunction } = require('internal/validators');
    validateString(name, 'name');
    validateFunction(fn, 'fn');
    registered.set(name, fn);
  },
};

module.exports = { boundAssertions, publicAssert };

'use strict';
// node:test: test()/it(), describe()/suite(), the hooks, mock. The runner lives in internal/test_runner.

const { Test, Suite, currentTest, parseTestArgs, callerLocation, addHook } = require('internal/test_runner/test');
const { getRoot, scheduleTopLevel } = require('internal/test_runner/harness');
const { codes: { ERR_JNODE_UNSUPPORTED } } = require('internal/errors');
const { unsupportedFunctions } = require('internal/unsupported');

// The test or suite that a call made now belongs to.
function currentParent() {
  return currentTest.getStore() ?? getRoot();
}

function declare(Kind, args, overrides) {
  const { name, options, fn } = parseTestArgs(...args);
  const parent = currentParent();
  const test = parent.createSubtest(Kind, name, { ...options, ...overrides }, fn, callerLocation());
  if (test.state === 'pending') {
    if (parent.parent === null) scheduleTopLevel(test);
    // Inside a running test a declaration is a subtest that starts now; inside a suite being built it waits.
    else if (parent.state === 'running' && parent.type === 'test') parent.enqueue(test);
  }
  return test;
}

// test(), it() and describe() with their .skip/.todo/.only variants.
function declarer(Kind, name, returnsCompletion) {
  const make = (overrides) => {
    const fn = {
      [name](...args) {
        const test = declare(Kind, args, overrides);
        return returnsCompletion ? test.finished.promise.then(() => undefined) : Promise.resolve();
      },
    }[name];
    return fn;
  };
  const main = make({});
  main.skip = make({ skip: true });
  main.todo = make({ todo: true });
  main.only = make({ only: true });
  return main;
}

function hook(kind) {
  return {
    [kind](fn, options) {
      addHook(currentParent(), kind, fn, options);
    },
  }[kind];
}

const test = declarer(Test, 'test', true);
const suite = declarer(Suite, 'suite', false);

let mockTracker;

Object.assign(test, {
  after: hook('after'),
  afterEach: hook('afterEach'),
  before: hook('before'),
  beforeEach: hook('beforeEach'),
  describe: suite,
  it: test,
  run() {
    throw new ERR_JNODE_UNSUPPORTED('node:test run()');
  },
  suite,
  test,
});

Object.defineProperty(test, 'mock', {
  enumerable: true,
  configurable: true,
  get() {
    const { MockTracker } = require('internal/test_runner/mock');
    mockTracker ??= new MockTracker();
    return mockTracker;
  },
});

// Snapshot testing (t.assert.snapshot and its settings) is not there yet.
test.snapshot = unsupportedFunctions('snapshot', ['setDefaultSnapshotSerializers', 'setResolveSnapshotPath']);

Object.defineProperty(test, 'assert', {
  enumerable: true,
  configurable: true,
  get() {
    return require('internal/test_runner/assertions').publicAssert;
  },
});

module.exports = test;

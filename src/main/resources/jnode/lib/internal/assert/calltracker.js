'use strict';
// assert.CallTracker (deprecated, DEP0173): wraps functions in proxies that log each call, and
// reports the wrappers whose call count differs from the count asked for.

const { codes: { ERR_INVALID_ARG_VALUE } } = require('internal/errors');
const { AssertionError } = require('internal/assert/assertion_error');
const { validateUint32 } = require('internal/validators');

// An anonymous function: reports then say "calls" for a wrapper made without one.
const doNothing = [() => {}][0];

let deprecationShown = false;

// What one wrapper has seen: its call log and what report() says when the count is off.
function newCallLog(label, wanted) {
  // Captured here so that a report points at the line that asked for the count.
  return { label, wanted, seen: [], origin: new Error() };
}

function mismatchOf(log) {
  const count = log.seen.length;
  if (count === log.wanted) return undefined;
  return {
    message: `Expected the ${log.label} function to be executed ${log.wanted} time(s) but was executed ${count} time(s).`,
    actual: count,
    expected: log.wanted,
    operator: log.label,
    stack: log.origin,
  };
}

class CallTracker {
  // Every log in the order the wrappers were made, and each wrapper's own log.
  #logs = [];
  #logOfWrapper = new WeakMap();

  constructor() {
    if (!deprecationShown) {
      deprecationShown = true;
      process.emitWarning('assert.CallTracker is deprecated.', 'DeprecationWarning', 'DEP0173');
    }
  }

  calls(fn, exact = 1) {
    // calls(3) means: a do-nothing function, called three times.
    if (typeof fn === 'number') [fn, exact] = [doNothing, fn];
    fn ??= doNothing;
    validateUint32(exact, 'expected', true);
    const log = newCallLog(fn.name || 'calls', exact);
    const wrapper = new Proxy(fn, {
      apply(target, thisArg, args) {
        log.seen.push(Object.freeze({ thisArg, arguments: args }));
        return Reflect.apply(target, thisArg, args);
      },
    });
    this.#logs.push(log);
    this.#logOfWrapper.set(wrapper, log);
    return wrapper;
  }

  #logFor(tracked) {
    const log = this.#logOfWrapper.get(tracked);
    if (log === undefined) throw new ERR_INVALID_ARG_VALUE('tracked', tracked, 'is not a tracked function');
    return log;
  }

  getCalls(tracked) {
    return [...this.#logFor(tracked).seen];
  }

  reset(tracked) {
    const logs = tracked === undefined ? this.#logs : [this.#logFor(tracked)];
    for (const log of logs) log.seen = [];
  }

  report() {
    return this.#logs.map(mismatchOf).filter((entry) => entry !== undefined);
  }

  verify() {
    const mismatches = this.report();
    if (mismatches.length === 0) return;
    const message = mismatches.length > 1 ? 'Functions were not called the expected number of times' :
      mismatches[0].message;
    throw new AssertionError({ message, details: mismatches });
  }
}

module.exports = { CallTracker };

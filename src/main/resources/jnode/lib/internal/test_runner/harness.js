'use strict';
// The root of a file's tests: made by the first test()/describe()/hook call. Top-level tests start once the
// current synchronous code is done, one at a time; when the event loop runs dry the root's after hooks run,
// tests still pending are cancelled, the summary is reported and a failure makes the exit code 1.

const path = require('path');
const { setImmediate } = require('timers'); // the real one, even while a test mocks timers
const { getOptionValue } = require('internal/options');
const { codes: { ERR_INVALID_ARG_VALUE, ERR_JNODE_UNSUPPORTED } } = require('internal/errors');
const { Test, currentTest, testFailure } = require('internal/test_runner/test');
const { builtinReporters } = require('internal/test_runner/reporters');

let root;

function patternList(option) {
  const value = getOptionValue(option);
  const list = value === undefined ? [] : [value].flat();
  return list.map((pattern) => {
    const literal = /^\/(.*)\/([a-z]*)$/s.exec(pattern);
    return literal ? new RegExp(literal[1], literal[2]) : new RegExp(pattern);
  });
}

// The writer of the reporter's text, and whether that text may be coloured (a terminal).
function openDestination(destination) {
  const { shouldColorize } = require('internal/util/colors');
  if (destination === undefined || destination === 'stdout' || destination === 'stderr') {
    const stream = destination === 'stderr' ? process.stderr : process.stdout;
    return { write: (text) => stream.write(text), colors: shouldColorize(stream) };
  }
  const fs = require('fs');
  fs.writeFileSync(destination, '');
  return { write: (text) => fs.appendFileSync(destination, text), colors: false };
}

function createReporter(colors) {
  const name = getOptionValue('--test-reporter') ?? 'spec';
  const destination = getOptionValue('--test-reporter-destination');
  if (destination !== undefined && getOptionValue('--test-reporter') === undefined) {
    throw new ERR_INVALID_ARG_VALUE('--test-reporter', [],
      "must match the number of specified '--test-reporter-destination'");
  }
  const Reporter = builtinReporters[name];
  if (Reporter === undefined) throw new ERR_JNODE_UNSUPPORTED(`The test reporter '${name}'`);
  return new Reporter({ colors });
}

class Harness {
  constructor() {
    this.startTime = process.hrtime.bigint();
    const destination = openDestination(getOptionValue('--test-reporter-destination'));
    this.write = destination.write;
    this.reporter = createReporter(destination.colors);
    this.namePatterns = patternList('--test-name-pattern');
    this.skipPatterns = patternList('--test-skip-pattern');
    this.counters = { tests: 0, suites: 0, pass: 0, fail: 0, cancelled: 0, skipped: 0, todo: 0 };
    this.lateErrors = [];
    this.lastStarted = undefined;
    this.failed = false;
    this.ended = false;
  }

  report(type, data) {
    if (type === 'test:fail' && data.todo === undefined) this.failed = true;
    const text = this.reporter.event(type, data);
    if (text) this.write(text);
  }

  count(test) {
    const { counters } = this;
    if (test.type === 'suite') {
      counters.suites++;
      return;
    }
    counters.tests++;
    if (test.skipped) counters.skipped++;
    else if (test.todo) counters.todo++;
    else if (test.cancelled) counters.cancelled++;
    else if (test.error !== undefined) counters.fail++;
    else counters.pass++;
  }

  // --test-name-pattern keeps the tests whose name matches one of its patterns; --test-skip-pattern drops them.
  excludedByName(test) {
    if (test.type === 'suite') return false;
    const matches = (pattern) => pattern.test(test.name) || pattern.test(test.fullName);
    if (this.skipPatterns.some(matches)) return true;
    return this.namePatterns.length > 0 && !this.namePatterns.some(matches);
  }

  relativeLocation({ file, line, column }) {
    return `${path.relative(process.cwd(), file)}:${line}:${column}`;
  }

  // Checked after the current callbacks, so that tests declared right after an awaited one still count.
  topLevelIdle() {
    setImmediate(() => {
      const allDone = root.running === 0 && root.queue.length === 0 &&
        root.subtests.every((test) => test.state === 'done');
      if (allDone) runRootAfterHooks();
    });
  }

  lateError(message) {
    this.failed = true;
    this.lateErrors.push(message);
  }

  // Reports what is left: the top-level plan, the late errors and the summary.
  end() {
    if (this.ended) return;
    this.ended = true;
    cancelUnfinished(root, 'Promise resolution is still pending but the event loop has already resolved');
    root.reportReady();
    const { counters } = this;
    const reported = root.reportedChildren();
    if (reported > 0) this.report('test:plan', { nesting: 0, count: reported });
    const summary = [...this.lateErrors];
    for (const [key, value] of Object.entries(counters)) summary.push(`${key} ${value}`);
    summary.push(`duration_ms ${Number(process.hrtime.bigint() - this.startTime) / 1e6}`);
    for (const message of summary) this.report('test:diagnostic', { nesting: 0, message });
    const tail = this.reporter.end();
    if (tail) this.write(tail);
    if (this.failed && !process.exitCode) process.exitCode = 1;
  }
}

// Deepest first, so that each parent reports after its subtests.
function cancelUnfinished(test, reason) {
  for (const child of test.subtests) cancelUnfinished(child, reason);
  if (test.parent !== null && test.state !== 'done') {
    test.failWithoutRunning(testFailure(reason, 'cancelledByParent'));
  }
}

// Errors escaping to the process are blamed on the test whose asynchronous work raised them. A rejection
// is seen without the context it was made in: it is blamed on the test that started last.
function blameEscapedError(error, eventName) {
  const test = currentTest.getStore() ?? (eventName === 'unhandledRejection' ? root.harness.lastStarted : undefined);
  if (test !== undefined && test.parent !== null) {
    test.escapedError(error, eventName);
  } else {
    root.harness.lateError('Error: A resource generated asynchronous activity after the test ended. This ' +
      `activity created the error "${error}" which triggered an ${eventName} event, caught by the test runner.`);
  }
}

// The root's after hooks run once the top-level tests are all done (they may be what lets the event loop end,
// closing a server a before hook opened), at the latest when the loop runs dry.
function runRootAfterHooks() {
  root.afterHooks ??= root.runHooks('after', root.hookContext()).catch((err) => {
    root.harness.lateError(`Error: an after hook failed: ${err}`);
  });
  return root.afterHooks;
}

async function finishRoot() {
  if (root.harness.ended) return;
  await runRootAfterHooks();
  root.harness.end();
}

function getRoot() {
  if (root !== undefined) return root;
  root = new Test({ name: '<root>', harness: new Harness() });
  root.state = 'running';
  process.on('uncaughtException', (err) => blameEscapedError(err, 'uncaughtException'));
  process.on('unhandledRejection', (reason) => blameEscapedError(reason, 'unhandledRejection'));
  process.on('beforeExit', finishRoot);
  // process.exit() in the middle of the tests still gets the summary of what ran.
  process.on('exit', () => root.harness.end());
  return root;
}

// A top-level test starts after the code that declared it has finished running synchronously.
function scheduleTopLevel(test) {
  queueMicrotask(() => root.enqueue(test));
}

module.exports = { getRoot, scheduleTopLevel };

'use strict';
// The test tree of node:test: a Test runs its function, its hooks and its subtests; a Suite (describe) collects
// its subtests while its function runs and runs them afterwards; the root holds the top-level tests of the file.
// Results are reported in declaration order, whatever order tests finish in: a test's events wait until every
// earlier sibling (and every earlier sibling of its ancestors) has been reported.

const { AsyncLocalStorage } = require('async_hooks');
// Taken now, so that the runner's own timers stay real while a test has mock.timers on.
const { setTimeout, clearTimeout } = require('timers');
const { codes: { ERR_TEST_FAILURE } } = require('internal/errors');
const {
  validateAbortSignal, validateFunction, validateInteger, validateNumber, validateObject, validateUint32,
} = require('internal/validators');

// The test (or suite being built) that code is running for: test(), describe() and the hook functions called
// without a context attach to it, and errors escaping to the process are blamed on it.
const currentTest = new AsyncLocalStorage();

const kCancelledByParent = 'test did not finish before its parent and was cancelled';

// The runner's own reasons (a timeout, a plan not met) are strings, whose failures show no stack frames, as Node's.
function testFailure(cause, failureType) {
  if (cause?.code === 'ERR_TEST_FAILURE') return cause;
  const failure = new ERR_TEST_FAILURE(cause, failureType);
  if (typeof cause === 'string') failure.stack = `Error [ERR_TEST_FAILURE]: ${cause}`;
  return failure;
}

function elapsedMs(start) {
  return Number(process.hrtime.bigint() - start) / 1e6;
}

// Where the user called test()/it()/describe(): the first stack frame outside jnode's library.
function callerLocation() {
  const holder = {};
  const previous = Error.prepareStackTrace;
  Error.prepareStackTrace = (error, callSites) => callSites;
  try {
    Error.captureStackTrace(holder, callerLocation);
    for (const site of holder.stack ?? []) {
      const file = site.getFileName();
      if (file && !file.startsWith('node:')) {
        return { file, line: site.getLineNumber(), column: site.getColumnNumber() };
      }
    }
  } finally {
    Error.prepareStackTrace = previous;
  }
  return undefined;
}

// A promise with its settle functions, for races between a test's function, its timeout and its abort.
const deferred = () => Promise.withResolvers();

// Runs fn(context) or, when fn declares a second parameter, fn(context, done); settles when it is done.
// A second call of done() is reported to onExtraCall, since the outcome may already be settled.
function invokeUserFunction(fn, thisArg, context, onExtraCall) {
  if (fn.length < 2) {
    return Promise.resolve(Reflect.apply(fn, thisArg, [context]));
  }
  const settled = deferred();
  let calls = 0;
  const done = (err) => {
    calls++;
    if (calls > 1) {
      onExtraCall(testFailure('callback invoked multiple times', 'multipleCallbackInvocations'));
    } else if (err) {
      settled.reject(err);
    } else {
      settled.resolve();
    }
  };
  const result = Reflect.apply(fn, thisArg, [context, done]);
  if (typeof result?.then === 'function') {
    result.then(undefined, () => {});
    throw testFailure('passed a callback but also returned a Promise', 'callbackAndPromisePresent');
  }
  return settled.promise;
}

// Races `work` against the timeout and abort signal; the timer is cleared once anything settles.
async function withTimeout(work, timeout, signal, what) {
  const limits = deferred();
  let timer;
  if (timeout !== Infinity) {
    timer = setTimeout(() => limits.reject(testFailure(`${what} timed out after ${timeout}ms`,
      'testTimeoutFailure')), timeout);
  }
  const onAbort = () => limits.reject(testFailure(signal.reason ?? 'The test was aborted', 'testAborted'));
  if (signal.aborted) onAbort();
  else signal.addEventListener('abort', onAbort, { once: true });
  try {
    return await Promise.race([work, limits.promise]);
  } finally {
    clearTimeout(timer);
    signal.removeEventListener('abort', onAbort);
  }
}

class Hook {
  constructor(fn, options) {
    validateFunction(fn, 'fn');
    this.fn = fn;
    this.timeout = options?.timeout ?? Infinity;
    this.signal = options?.signal;
  }

  // `test` is the test the hook runs for (a beforeEach hook's, or the owner itself).
  async run(context, signal, test) {
    const work = currentTest.run(test, () => invokeUserFunction(this.fn, context, context,
      (err) => test.recordFailure(err, 'multipleCallbackInvocations')));
    await withTimeout(work, this.timeout, this.signal ? AbortSignal.any([signal, this.signal]) : signal, 'hook');
  }
}

function parseTestArgs(name, options, fn) {
  if (typeof name === 'function') {
    fn = name;
    options = undefined;
    name = fn.name || '<anonymous>';
  } else if (typeof name === 'object' && name !== null) {
    fn = options;
    options = name;
    name = fn?.name || '<anonymous>';
  } else if (typeof options === 'function') {
    fn = options;
    options = undefined;
  }
  if (name === undefined || name === null) name = fn?.name || '<anonymous>';
  options ??= {};
  validateObject(options, 'options');
  if (fn !== undefined) validateFunction(fn, 'fn');
  return { name: `${name}`, options, fn };
}

function concurrencyOf(value, inherited) {
  if (value === undefined || value === null) return inherited;
  if (value === true) return Infinity;
  if (value === false) return 1;
  validateUint32(value, 'options.concurrency', true);
  return value;
}

const kTimeoutMax = 2 ** 31 - 1; // the longest a timer can wait

function timeoutOf(value, inherited) {
  if (value === undefined || value === null) return inherited;
  if (value !== Infinity) validateNumber(value, 'options.timeout', 0, kTimeoutMax);
  return value;
}

class Test {
  constructor({ name, options = {}, fn, parent, location, harness }) {
    this.name = name;
    this.fn = fn ?? (() => {});
    this.parent = parent ?? null;
    this.harness = harness ?? parent.harness;
    this.nesting = parent ? parent.nesting + 1 : -1;
    this.location = location;
    this.subtests = [];
    this.hooks = { before: [], after: [], beforeEach: [], afterEach: [] };
    this.beforeHooksRan = false;
    this.rootBeforeHooks = undefined;
    this.concurrency = concurrencyOf(options.concurrency, parent?.concurrency ?? 1);
    this.timeout = timeoutOf(options.timeout, parent?.timeout ?? Infinity);
    validateAbortSignal(options.signal, 'options.signal');
    this.skipReason = options.skip;
    this.todoReason = options.todo;
    this.only = Boolean(options.only);
    this.runOnlySubtests = false;
    if (options.plan !== undefined) validateInteger(options.plan, 'options.plan', 0);
    this.plan = options.plan;
    this.assertions = 0;
    this.controller = new AbortController();
    this.userSignal = options.signal;
    this.diagnostics = [];
    this.error = undefined;
    this.cancelled = false;
    this.state = 'pending'; // then 'queued', 'running', 'done'
    this.finished = deferred();
    this.escaped = deferred(); // errors that reach the process while the test runs fail it here
    this.escaped.promise.catch(() => {});
    this.failed = deferred(); // settles when the test fails, to stop waiting for its subtests
    this.running = 0;
    this.queue = [];
    this.reportHead = 0;
    this.reported = false;
    this.startEmitted = false;
    this.pendingEvents = [];
    this.mockTracker = undefined;
    this.skipped = this.skipReason !== undefined && this.skipReason !== false;
    this.todo = this.todoReason !== undefined && this.todoReason !== false;
    this.filtered = false;
  }

  get type() {
    return 'test';
  }

  get fullName() {
    if (this.parent === null) return this.name;
    const names = [];
    for (let t = this; t.parent !== null; t = t.parent) names.unshift(t.name);
    return names.join(' > ');
  }

  get signal() {
    return this.controller.signal;
  }

  // ---- tree and scheduling ----

  createSubtest(Kind, name, options, fn, location) {
    const child = new Kind({ name, options, fn, parent: this, location });
    if (this.runOnlySubtests && !child.only) child.filtered = true;
    // A skipped suite's tests are not reported at all; a todo suite's tests are todo.
    if (this.type === 'suite' && this.skipped) child.filtered = true;
    if (this.todo && !child.todo) {
      child.todo = true;
      child.todoReason = true;
    }
    this.subtests.push(child);
    if (this.state === 'done') {
      // Its parent has been reported already: Node reports it on its own, at the parent's level.
      child.startTime = process.hrtime.bigint();
      child.failWithoutRunning(testFailure('test could not be started because its parent finished',
        'parentAlreadyFinished'));
      child.nesting = this.nesting;
      child.report();
    }
    return child;
  }

  // Queues a subtest behind the ones already running, up to this test's concurrency.
  enqueue(child) {
    if (child.state !== 'pending') return;
    child.state = 'queued';
    this.queue.push(child);
    this.startQueued();
  }

  startQueued() {
    while (this.running < this.concurrency && this.queue.length > 0) {
      const next = this.queue.shift();
      this.running++;
      next.start().then(() => {
        this.running--;
        this.startQueued();
        if (this.parent === null && this.running === 0) this.harness.topLevelIdle();
      });
    }
  }

  // Whether this test, or a test declared in this suite, was marked `only`. A test's own subtests do not count:
  // they are made while it runs, after its siblings were already chosen.
  containsOnly() {
    return this.only || (this.type === 'suite' && this.subtests.some((child) => child.containsOnly()));
  }

  // Subtests left out because a sibling (or a test inside one) has `only`, or runOnly is on, or by name
  // pattern, are neither run nor reported.
  isLeftOut(child) {
    if (child.filtered) return true;
    if (!child.containsOnly() && this.subtests.some((sibling) => sibling.containsOnly())) return true;
    return this.harness.excludedByName(child);
  }

  async start() {
    if (this.parent.isLeftOut(this)) {
      this.filtered = true;
      this.state = 'done';
      this.finished.resolve();
      this.parent.reportReady();
      return;
    }
    this.state = 'running';
    this.harness.lastStarted = this;
    this.startTime = process.hrtime.bigint();
    this.emitStart();
    try {
      await this.parent.runBeforeHooksOnce();
      await this.runBody();
    } catch (err) {
      this.recordFailure(err, 'testCodeFailure');
    }
    this.finish();
  }

  // A test: the ancestors' beforeEach hooks, the function, the subtests it made, afterEach hooks, its own
  // after hooks, then the plan check.
  async runBody() {
    const context = new TestContext(this);
    // The `signal` option aborts the test through its own signal, which the timeout race watches.
    if (this.userSignal?.aborted) this.controller.abort(this.userSignal.reason);
    this.userSignal?.addEventListener('abort', () => this.controller.abort(this.userSignal.reason),
      { once: true });
    if (this.skipped) return;
    try {
      await this.runEachHooks('beforeEach', context);
    } catch (err) {
      this.recordFailure(err, 'hookFailed');
    }
    if (this.error === undefined) {
      try {
        const work = currentTest.run(this, () => invokeUserFunction(this.fn, context, context,
          (err) => this.recordFailure(err, 'multipleCallbackInvocations')));
        // The timeout covers the subtests too.
        await withTimeout(Promise.race([work.then(() => this.settleSubtests()), this.escaped.promise]),
          this.timeout, this.signal, 'test');
      } catch (err) {
        this.recordFailure(err, 'testCodeFailure');
      }
      await this.settleSubtests();
    }
    try {
      await this.runEachHooks('afterEach', context);
    } catch (err) {
      this.recordFailure(err, 'hookFailed');
    }
    await this.runAfterHooks(context);
    this.checkPlan();
  }

  // Runs and waits for the subtests, also those made meanwhile; once this test failed (a throw, a timeout, a
  // failing hook) the unfinished ones are cancelled.
  async settleSubtests() {
    for (let i = 0; i < this.subtests.length && this.error === undefined; i++) {
      const child = this.subtests[i];
      if (child.state === 'pending') this.enqueue(child);
      await Promise.race([child.finished.promise, this.failed.promise]);
    }
    if (this.error === undefined) return;
    this.queue = [];
    for (const child of this.subtests) {
      if (child.state !== 'done') child.failWithoutRunning(testFailure(kCancelledByParent, 'cancelledByParent'));
    }
  }

  async runBeforeHooksOnce() {
    if (this.parent === null) {
      await this.rootBeforeHooks;
      return;
    }
    if (this.beforeHooksRan) return;
    this.beforeHooksRan = true;
    await this.runHooks('before', this.hookContext());
  }

  async runAfterHooks(context) {
    try {
      await this.runHooks('after', context);
    } catch (err) {
      this.recordFailure(err, 'hookFailed');
    }
  }

  hookContext() {
    return new TestContext(this);
  }

  async runHooks(kind, context) {
    for (const hook of this.hooks[kind]) await hook.run(context, this.signal, this);
  }

  // beforeEach hooks of the ancestors run outermost first, afterEach hooks innermost first.
  async runEachHooks(kind, context) {
    const owners = [];
    for (let t = this.parent; t !== null; t = t.parent) owners.push(t);
    if (kind === 'beforeEach') owners.reverse();
    for (const owner of owners) {
      for (const hook of owner.hooks[kind]) await hook.run(context, this.signal, this);
    }
  }

  checkPlan() {
    if (this.plan === undefined || this.error !== undefined) return;
    const counted = this.assertions + this.subtests.filter((child) => !child.filtered).length;
    if (counted !== this.plan) {
      this.recordFailure(testFailure(`plan expected ${this.plan} assertions but received ${counted}`,
        'testCodeFailure'), 'testCodeFailure');
    }
  }

  recordFailure(err, failureType) {
    if (this.error !== undefined || this.state === 'done') return;
    this.error = testFailure(err, failureType);
    const type = this.error.failureType;
    if (type === 'testTimeoutFailure' || type === 'cancelledByParent' || type === 'testAborted') {
      this.cancelled = true;
    }
    if (!this.signal.aborted) this.controller.abort(this.error);
    this.failed.resolve();
  }

  failWithoutRunning(err) {
    if (this.state === 'done') return;
    this.recordFailure(err, err.failureType);
    this.notStarted = this.startTime === undefined;
    this.finish();
  }

  finish() {
    if (this.state === 'done') return;
    this.state = 'done';
    if (this.startTime !== undefined) this.duration = elapsedMs(this.startTime);
    this.mockTracker?.reset();
    this.finished.resolve();
    this.parent?.reportReady();
  }

  // An error that escaped to the process from this test's asynchronous work.
  escapedError(err, eventName) {
    if (this.state !== 'done') {
      this.escaped.reject(testFailure(err, eventName === 'uncaughtException' ? 'uncaughtException'
        : 'unhandledRejection'));
      return;
    }
    const where = this.location ? ` at ${this.harness.relativeLocation(this.location)}` : '';
    this.harness.lateError(`Error: Test "${this.name}"${where} generated asynchronous activity after the test ` +
      `ended. This activity created the error "${err}" and would have caused the test to fail, but instead ` +
      `triggered an ${eventName} event.`);
  }

  // ---- reporting in declaration order ----

  // A test may write to the reporter once its parent may and every earlier sibling has been reported.
  isLive() {
    return this.parent === null || (this.parent.isLive() && this.parent.subtests[this.parent.reportHead] === this);
  }

  emit(type, data) {
    if (this.isLive()) this.harness.report(type, data);
    else this.pendingEvents.push([type, data]);
  }

  flushPending() {
    const events = this.pendingEvents;
    this.pendingEvents = [];
    for (const [type, data] of events) this.harness.report(type, data);
  }

  eventBase() {
    return {
      name: this.name,
      nesting: this.nesting,
      file: this.location?.file,
      line: this.location?.line,
      column: this.location?.column,
    };
  }

  emitStart() {
    if (this.startEmitted || this.parent === null) return;
    this.startEmitted = true;
    this.emit('test:start', this.eventBase());
  }

  // Called when a subtest finished: reports every finished subtest at the head of the queue.
  reportReady() {
    if (!this.isLive()) return;
    while (this.reportHead < this.subtests.length) {
      const child = this.subtests[this.reportHead];
      if (child.filtered && child.state === 'done') {
        this.reportHead++;
        continue;
      }
      child.flushPending();
      if (child.state !== 'done') return;
      child.report();
      this.reportHead++;
    }
  }

  reportedChildren() {
    return this.subtests.filter((child) => !child.filtered).length;
  }

  report() {
    if (this.reported) return;
    this.reported = true;
    this.emitStart();
    const children = this.reportedChildren();
    if (children > 0) this.harness.report('test:plan', { nesting: this.nesting + 1, count: children });
    const details = { duration_ms: this.notStarted ? 0 : this.duration, type: this.type };
    if (this.error !== undefined) details.error = this.error;
    const data = {
      ...this.eventBase(),
      details,
      testNumber: this.parent.subtests.filter((t) => !t.filtered).indexOf(this) + 1,
    };
    // Node's events carry the reason, or true when none was given.
    if (this.skipped) data.skip = typeof this.skipReason === 'string' ? this.skipReason : true;
    else if (this.todo) data.todo = typeof this.todoReason === 'string' ? this.todoReason : true;
    this.harness.count(this);
    this.harness.report(this.error === undefined ? 'test:pass' : 'test:fail', data);
    for (const message of this.diagnostics) {
      this.harness.report('test:diagnostic', { ...this.eventBase(), message });
    }
  }
}

class Suite extends Test {
  constructor(init) {
    super(init);
    this.built = Promise.resolve();
    if (this.skipped) return; // a skipped suite's function is never called
    const context = new SuiteContext(this);
    try {
      const result = currentTest.run(this, () => Reflect.apply(this.fn, context, [context]));
      if (typeof result?.then === 'function') {
        this.built = Promise.resolve(result).catch((err) => this.recordFailure(err, 'testCodeFailure'));
      }
    } catch (err) {
      this.recordFailure(err, 'testCodeFailure');
    }
  }

  get type() {
    return 'suite';
  }

  hookContext() {
    return new SuiteContext(this);
  }

  // A suite: its before hooks, its subtests in order (up to its concurrency), its after hooks.
  async runBody() {
    await this.built;
    if (this.error !== undefined) {
      await this.settleSubtests();
      return;
    }
    if (this.skipped) {
      await this.runSubtests();
      return;
    }
    if (this.subtests.some((child) => !this.isLeftOut(child))) {
      try {
        await this.runBeforeHooksOnce();
      } catch (err) {
        this.recordFailure(err, 'hookFailed');
        await this.settleSubtests();
        await this.runAfterHooks(this.hookContext());
        return;
      }
    }
    await this.runSubtests();
    await this.runAfterHooks(this.hookContext());
  }

  async runSubtests() {
    for (const child of this.subtests) this.enqueue(child);
    await withTimeout(Promise.all(this.subtests.map((child) => child.finished.promise)), this.timeout,
      this.signal, 'test').catch((err) => this.recordFailure(err, 'testTimeoutFailure'));
    await this.settleSubtests();
    const failed = this.subtests.filter((child) => child.error !== undefined && !child.todo).length;
    if (failed > 0 && this.error === undefined) {
      this.recordFailure(testFailure(`${failed} subtest${failed === 1 ? '' : 's'} failed`, 'subtestsFailed'),
        'subtestsFailed');
    }
  }
}

// What a test function gets as `t`.
class TestContext {
  #test;
  #assert;

  constructor(test) {
    this.#test = test;
  }

  get name() {
    return this.#test.name;
  }

  get fullName() {
    return this.#test.fullName;
  }

  get filePath() {
    return this.#test.location?.file;
  }

  get signal() {
    return this.#test.signal;
  }

  get mock() {
    const { MockTracker } = require('internal/test_runner/mock');
    this.#test.mockTracker ??= new MockTracker();
    return this.#test.mockTracker;
  }

  get assert() {
    const test = this.#test;
    this.#assert ??= require('internal/test_runner/assertions').boundAssertions(this, () => {
      test.assertions++;
    });
    return this.#assert;
  }

  get passed() {
    return this.#test.state === 'done' && this.#test.error === undefined;
  }

  get error() {
    return this.#test.error?.cause ?? this.#test.error;
  }

  diagnostic(message) {
    this.#test.diagnostics.push(`${message}`);
  }

  plan(count) {
    if (this.#test.plan !== undefined) {
      throw new ERR_TEST_FAILURE('cannot set plan more than once', 'testCodeFailure');
    }
    validateInteger(count, 'count', 0);
    this.#test.plan = count;
  }

  runOnly(value) {
    this.#test.runOnlySubtests = Boolean(value);
  }

  skip(message) {
    this.#test.skipped = true;
    this.#test.skipReason = message ?? true;
  }

  todo(message) {
    this.#test.todo = true;
    this.#test.todoReason = message ?? true;
  }

  test(name, options, fn) {
    const args = parseTestArgs(name, options, fn);
    const parent = this.#test;
    const child = parent.createSubtest(Test, args.name, args.options, args.fn, callerLocation());
    if (child.state === 'pending') parent.enqueue(child);
    return child.finished.promise.then(() => undefined);
  }

  async waitFor(condition, options = {}) {
    validateFunction(condition, 'condition');
    validateObject(options, 'options');
    const { interval = 50, timeout = 1000 } = options;
    const deadline = Date.now() + timeout;
    for (;;) {
      try {
        return await condition();
      } catch (err) {
        if (Date.now() >= deadline) throw err;
      }
      await new Promise((resolve) => setTimeout(resolve, interval));
    }
  }

  before(fn, options) {
    addHook(this.#test, 'before', fn, options);
  }

  after(fn, options) {
    addHook(this.#test, 'after', fn, options);
  }

  beforeEach(fn, options) {
    addHook(this.#test, 'beforeEach', fn, options);
  }

  afterEach(fn, options) {
    addHook(this.#test, 'afterEach', fn, options);
  }
}

// What a describe() function (and a suite's hooks) get.
class SuiteContext {
  #suite;

  constructor(suite) {
    this.#suite = suite;
  }

  get name() {
    return this.#suite.name;
  }

  get fullName() {
    return this.#suite.fullName;
  }

  get filePath() {
    return this.#suite.location?.file;
  }

  get signal() {
    return this.#suite.signal;
  }
}

// The root is running from the start, so a top-level before hook runs as soon as it is registered (as in
// Node); the first top-level test waits for it.
function addHook(owner, kind, fn, options) {
  if (options !== undefined) validateObject(options, 'options');
  const hook = new Hook(fn, options);
  if (owner.parent === null && kind === 'before') {
    owner.rootBeforeHooks = Promise.all([owner.rootBeforeHooks, hook.run(owner.hookContext(), owner.signal, owner)]);
    owner.rootBeforeHooks.catch(() => {});
    return;
  }
  owner.hooks[kind].push(hook);
}

module.exports = {
  Test, Suite, TestContext, SuiteContext, currentTest, parseTestArgs, callerLocation, addHook, testFailure,
};

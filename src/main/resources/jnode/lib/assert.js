'use strict';
// The assert module: value comparisons, error expectations (throws/rejects and their negations),
// regular-expression matches, and the assert.Assert class that bundles them with a diff option.

const { inspect } = require('internal/util/inspect');
const {
  codes: { ERR_AMBIGUOUS_ARGUMENT, ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE, ERR_INVALID_RETURN_VALUE, ERR_MISSING_ARGS },
} = require('internal/errors');
const { AssertionError } = require('internal/assert/assertion_error');
const { innerOk } = require('internal/assert/utils');
const { isDeepEqual, isDeepStrictEqual, isPartialStrictEqual } = require('internal/util/comparisons');
const { isPromise, isRegExp, isNativeError } = require('internal/util/types');
const { validateFunction, validateObject, validateOneOf } = require('internal/validators');

// A caller's message may be an Error, which is then thrown instead of an AssertionError.
function raise(report) {
  if (report.message instanceof Error) throw report.message;
  throw new AssertionError(report);
}

// An AssertionError whose generatedMessage says whether we wrote the message.
function assertionWith(report, weWroteMessage) {
  const error = new AssertionError(report);
  error.generatedMessage = weWroteMessage;
  return error;
}

const looksLikeError = (value) => isNativeError(value) || value instanceof Error;
const regExpMatches = (pattern, text) => RegExp.prototype.exec.call(pattern, text) !== null;

function ok(...args) {
  innerOk(ok, args.length, ...args);
}

let failDeprecationShown = false;

function fail(actual, expected, message, operator, stackStartFn) {
  const given = arguments.length;
  if (given === 0) {
    throw assertionWith({ operator: 'fail', stackStartFn: fail, message: 'Failed' }, true);
  }
  if (given === 1) {
    // fail(message): the only argument is the message.
    [message, actual] = [actual, undefined];
  } else {
    if (!failDeprecationShown) {
      failDeprecationShown = true;
      process.emitWarning('assert.fail() with more than one argument is deprecated. ' +
        'Please use assert.strictEqual() instead or only pass a message.', 'DeprecationWarning', 'DEP0094');
    }
    if (given === 2) operator = '!=';
  }
  if (message instanceof Error) throw message;
  throw new AssertionError({ actual, expected, operator: operator === undefined ? 'fail' : operator, stackStartFn: stackStartFn || fail, message });
}

// The two-value assertions: [method name, operator in the error, when the assertion holds].
const bothNaN = (a, b) => Number.isNaN(a) && Number.isNaN(b);
const twoValueChecks = [
  // eslint-disable-next-line eqeqeq
  ['equal', '==', (a, b) => a == b || bothNaN(a, b)],
  // eslint-disable-next-line eqeqeq
  ['notEqual', '!=', (a, b) => !(a == b || bothNaN(a, b))],
  ['deepEqual', 'deepEqual', isDeepEqual],
  ['notDeepEqual', 'notDeepEqual', (a, b) => !isDeepEqual(a, b)],
  ['deepStrictEqual', 'deepStrictEqual', isDeepStrictEqual],
  ['notDeepStrictEqual', 'notDeepStrictEqual', (a, b) => !isDeepStrictEqual(a, b)],
  ['strictEqual', 'strictEqual', Object.is],
  ['notStrictEqual', 'notStrictEqual', (a, b) => !Object.is(a, b)],
  ['partialDeepStrictEqual', 'partialDeepStrictEqual', isPartialStrictEqual],
];

const comparisons = {};
for (const [name, operator, holds] of twoValueChecks) {
  // A plain function of three parameters named after the method, so that it reads as in Node.
  const check = {
    [name]: function(actual, expected, message) {
      if (arguments.length < 2) throw new ERR_MISSING_ARGS('actual', 'expected');
      if (!holds(actual, expected)) raise({ actual, expected, message, operator, stackStartFn: check });
    },
  }[name];
  comparisons[name] = check;
}

// ---- What a thrown (or rejected) value is checked against --------------------------------------

// How a validation object and the thrown value are shown in the diff: only the keys compared.
class Comparison {}

function comparisonView(source, keys, thrown) {
  const view = new Comparison();
  for (const key of keys.filter((k) => k in source)) {
    const wanted = source[key];
    // A pattern the thrown value satisfied is shown as the text it matched, so it is no difference.
    const satisfied = thrown !== undefined && typeof thrown[key] === 'string' && isRegExp(wanted) &&
      regExpMatches(wanted, thrown[key]);
    view[key] = satisfied ? thrown[key] : wanted;
  }
  return view;
}

// Each key of the validation object must match: a RegExp against a string, anything else deep-strictly.
function checkAgainstObject(thrown, pattern, message, method) {
  if (typeof thrown !== 'object' || thrown === null) {
    const error = new AssertionError({ actual: thrown, expected: pattern, message, operator: 'deepStrictEqual', stackStartFn: method });
    error.operator = method.name;
    throw error;
  }
  const keys = Object.keys(pattern);
  if (pattern instanceof Error) keys.push('name', 'message');
  else if (keys.length === 0) throw new ERR_INVALID_ARG_VALUE('error', pattern, 'may not be an empty object');

  const keyMatches = (key) =>
    (typeof thrown[key] === 'string' && isRegExp(pattern[key]) && regExpMatches(pattern[key], thrown[key])) ||
    (key in thrown && isDeepStrictEqual(thrown[key], pattern[key]));
  const firstMismatch = keys.find((key) => !keyMatches(key));
  if (firstMismatch === undefined) return;
  if (message) raise({ actual: thrown, expected: pattern, message, operator: method.name, stackStartFn: method });
  const error = new AssertionError({
    actual: comparisonView(thrown, keys),
    expected: comparisonView(pattern, keys, thrown),
    operator: 'deepStrictEqual',
    stackStartFn: method,
  });
  // The diff shows the views; the properties keep the real values.
  Object.assign(error, { actual: thrown, expected: pattern, operator: method.name });
  throw error;
}

const isErrorClass = (fn) => Object.prototype.isPrototypeOf.call(Error, fn);
const isInstance = (value, fn) => fn.prototype !== undefined && value instanceof fn;
// A function that is neither a class the value belongs to nor an Error class validates by returning true.
const runValidator = (validator, value) => Reflect.apply(validator, {}, [value]);

// Whether `thrown` satisfies a RegExp, Error class or validation function: undefined when it does,
// otherwise a function that writes the message (only called when the caller gave none).
function mismatchAgainstFunctionOrRegExp(thrown, expected) {
  if (isRegExp(expected)) {
    const text = String(thrown);
    if (regExpMatches(expected, text)) return undefined;
    return () => `The input did not match the regular expression ${inspect(expected)}. Input:\n\n${inspect(text)}\n`;
  }
  if (isInstance(thrown, expected)) return undefined;
  if (isErrorClass(expected)) return () => wrongClassMessage(thrown, expected);
  const verdict = runValidator(expected, thrown);
  if (verdict === true) return undefined;
  return () => {
    const label = expected.name ? `"${expected.name}" ` : '';
    const caught = looksLikeError(thrown) ? `\n\nCaught error:\n\n${thrown}` : '';
    return `The ${label}validation function is expected to return "true". Received ${inspect(verdict)}${caught}`;
  };
}

function wrongClassMessage(thrown, expectedClass) {
  const intro = `The error is expected to be an instance of "${expectedClass.name}". Received `;
  if (!looksLikeError(thrown)) return `${intro}"${inspect(thrown, { depth: -1 })}"`;
  const thrownName = thrown.constructor?.name || thrown.name;
  const which = thrownName === expectedClass.name ?
    'an error with identical name but a different prototype.' : `"${thrownName}"`;
  return `${intro}${which}${thrown.message ? `\n\nError message:\n\n${thrown.message}` : ''}`;
}

function checkThrownValue(thrown, expected, message, method) {
  if (typeof expected === 'object' && !isRegExp(expected)) {
    checkAgainstObject(thrown, expected, message, method);
    return;
  }
  const writeMessage = mismatchAgainstFunctionOrRegExp(thrown, expected);
  if (writeMessage === undefined) return;
  const report = { actual: thrown, expected, message: message || writeMessage(), operator: method.name, stackStartFn: method };
  throw assertionWith(report, !message);
}

// Whether doesNotThrow's optional expectation covers the value: only then is it reported as unwanted.
function coversUnwanted(thrown, expected) {
  if (isRegExp(expected)) return regExpMatches(expected, String(thrown));
  if (typeof expected !== 'function') throw new ERR_INVALID_ARG_TYPE('expected', ['Function', 'RegExp'], expected);
  if (isInstance(thrown, expected)) return true;
  return !isErrorClass(expected) && runValidator(expected, thrown) === true;
}

// ---- Running the code under test ------------------------------------------------------------

// What the code under test did: { threw: false } or { threw: true, value }.
function outcomeOf(fn) {
  validateFunction(fn, 'fn');
  try {
    fn();
    return { threw: false };
  } catch (value) {
    return { threw: true, value };
  }
}

const isThenable = (value) => isPromise(value) ||
  (typeof value === 'object' && value !== null && typeof value.then === 'function' && typeof value.catch === 'function');

async function settledOutcomeOf(promiseOrFn) {
  let pending = promiseOrFn;
  if (typeof promiseOrFn === 'function') {
    pending = promiseOrFn();
    if (!isThenable(pending)) throw new ERR_INVALID_RETURN_VALUE('instance of Promise', 'promiseFn', pending);
  } else if (!isThenable(promiseOrFn)) {
    throw new ERR_INVALID_ARG_TYPE('promiseFn', ['Function', 'Promise'], promiseOrFn);
  }
  try {
    await pending;
    return { threw: false };
  } catch (value) {
    return { threw: true, value };
  }
}

const ERROR_ARG_TYPES = ['Object', 'Error', 'Function', 'RegExp'];

// throws(fn, message) is allowed: a string in the error position is the message, unless it
// equals what was thrown (then the call is ambiguous) or a message follows it.
function splitExpectation(outcome, args) {
  const [expected, message] = args;
  if (typeof expected !== 'string') {
    if (expected != null && typeof expected !== 'object' && typeof expected !== 'function') {
      throw new ERR_INVALID_ARG_TYPE('error', ERROR_ARG_TYPES, expected);
    }
    return { expected, message };
  }
  if (args.length === 2) throw new ERR_INVALID_ARG_TYPE('error', ERROR_ARG_TYPES, expected);
  const { value } = outcome;
  if (typeof value === 'object' && value !== null) {
    if (value.message === expected) {
      throw new ERR_AMBIGUOUS_ARGUMENT('error/message', `The error message "${value.message}" is identical to the message.`);
    }
  } else if (value === expected) {
    throw new ERR_AMBIGUOUS_ARGUMENT('error/message', `The error "${value}" is identical to the message.`);
  }
  return { expected: undefined, message: expected };
}

function demandFailure(method, noun, outcome, args) {
  const { expected, message } = splitExpectation(outcome, args);
  if (!outcome.threw) {
    const named = expected?.name ? ` (${expected.name})` : '';
    raise({
      actual: undefined,
      expected,
      operator: method.name,
      message: `Missing expected ${noun}${named}${message ? `: ${message}` : '.'}`,
      stackStartFn: method,
    });
  }
  if (expected) checkThrownValue(outcome.value, expected, message, method);
}

function forbidFailure(method, noun, outcome, args) {
  if (!outcome.threw) return;
  let [expected, message] = args;
  if (typeof expected === 'string') [message, expected] = [expected, undefined];
  const { value } = outcome;
  // A failure the expectation does not describe is passed on untouched.
  if (expected && !coversUnwanted(value, expected)) throw value;
  raise({
    actual: value,
    expected,
    operator: method.name,
    message: `Got unwanted ${noun}${message ? `: ${message}` : '.'}\nActual message: "${value?.message}"`,
    stackStartFn: method,
  });
}

function throws(fn, ...args) {
  demandFailure(throws, 'exception', outcomeOf(fn), args);
}

async function rejects(promiseFn, ...args) {
  demandFailure(rejects, 'rejection', await settledOutcomeOf(promiseFn), args);
}

function doesNotThrow(fn, ...args) {
  forbidFailure(doesNotThrow, 'exception', outcomeOf(fn), args);
}

async function doesNotReject(fn, ...args) {
  forbidFailure(doesNotReject, 'rejection', await settledOutcomeOf(fn), args);
}

// ---- ifError, match ------------------------------------------------------------------------

// The new error's own frames, then the original error's frames from where the two stacks meet.
function joinStacks(newStack, originalStack) {
  const firstFrame = originalStack.indexOf('\n    at');
  if (firstFrame === -1) return undefined;
  const originalFrames = originalStack.slice(firstFrame + 1).split('\n');
  const ownFrames = String(newStack).split('\n');
  const shared = originalFrames.map((frame) => ownFrames.indexOf(frame)).find((at) => at !== -1);
  return [...(shared === undefined ? ownFrames : ownFrames.slice(0, shared)), ...originalFrames].join('\n');
}

function ifError(err) {
  if (err == null) return;
  let described;
  if (typeof err === 'object' && typeof err.message === 'string') {
    described = err.message === '' && err.constructor ? err.constructor.name : err.message;
  } else {
    described = inspect(err);
  }
  const error = new AssertionError({
    actual: err, expected: null, operator: 'ifError', message: `ifError got unwanted exception: ${described}`, stackStartFn: ifError,
  });
  const originalStack = err.stack;
  if (typeof originalStack === 'string') {
    const joined = joinStacks(error.stack, originalStack);
    if (joined !== undefined) error.stack = joined;
  }
  throw error;
}

function checkPattern(method, string, regexp, message, wantMatch) {
  if (!isRegExp(regexp)) throw new ERR_INVALID_ARG_TYPE('regexp', 'RegExp', regexp);
  const isString = typeof string === 'string';
  if (isString && regExpMatches(regexp, string) === wantMatch) return;
  if (message instanceof Error) throw message;
  let text = message;
  if (!message) {
    const expectation = wantMatch ? 'The input did not match the regular expression ' :
      'The input was expected to not match the regular expression ';
    text = isString ? `${expectation}${inspect(regexp)}. Input:\n\n${inspect(string)}\n` :
      `The "string" argument must be of type string. Received type ${typeof string} (${inspect(string)})`;
  }
  throw assertionWith({ actual: string, expected: regexp, message: text, operator: method.name, stackStartFn: method }, !message);
}

function match(string, regexp, message) {
  checkPattern(match, string, regexp, message, true);
}

function doesNotMatch(string, regexp, message) {
  checkPattern(doesNotMatch, string, regexp, message, false);
}

// ---- The exports ---------------------------------------------------------------------------

const { CallTracker } = require('internal/assert/calltracker');

const everyMethod = {
  ok, fail, ...comparisons, match, doesNotMatch, throws, rejects, doesNotThrow, doesNotReject, ifError,
};

// assert.Assert: the methods on an object, strict by default (equal means strictEqual, ...), whose
// AssertionErrors carry its `diff` option.
const diffSetting = Symbol('diff');

function stampDiff(error, owner) {
  if (error instanceof AssertionError) error.diff = owner?.[diffSetting] ?? 'simple';
  return error;
}

function bindDiff(method) {
  const bound = {
    [method.name](...args) {
      let result;
      try {
        result = Reflect.apply(method, undefined, args);
      } catch (error) {
        throw stampDiff(error, this);
      }
      return isPromise(result) ? result.catch((error) => { throw stampDiff(error, this); }) : result;
    },
  }[method.name];
  // The rest parameter would make the length 0; Node's methods keep their arity.
  Object.defineProperty(bound, 'length', { value: method.length });
  return bound;
}

const strictAliases = {
  equal: 'strictEqual', deepEqual: 'deepStrictEqual', notEqual: 'notStrictEqual', notDeepEqual: 'notDeepStrictEqual',
};

class Assert {
  constructor(options = {}) {
    validateObject(options, 'options');
    const { diff = 'simple', strict = true } = options;
    validateOneOf(diff, 'options.diff', ['simple', 'full']);
    Object.defineProperty(this, diffSetting, { value: diff });
    this.AssertionError = AssertionError;
    if (!strict) return;
    for (const [loose, strictName] of Object.entries(strictAliases)) this[loose] = bindDiff(everyMethod[strictName]);
  }
}

const prototypeOrder = ['fail', 'ok', 'equal', 'notEqual', 'deepEqual', 'notDeepEqual', 'deepStrictEqual',
  'notDeepStrictEqual', 'strictEqual', 'notStrictEqual', 'partialDeepStrictEqual', 'throws', 'rejects',
  'doesNotThrow', 'doesNotReject', 'ifError', 'match', 'doesNotMatch'];
for (const name of prototypeOrder) {
  Object.defineProperty(Assert.prototype, name, { value: bindDiff(everyMethod[name]), writable: true, configurable: true });
}

const assert = ok;
const exportOrder = ['ok', 'fail', 'equal', 'notEqual', 'deepEqual', 'notDeepEqual', 'deepStrictEqual',
  'notDeepStrictEqual', 'strictEqual', 'notStrictEqual', 'partialDeepStrictEqual', 'match', 'doesNotMatch',
  'throws', 'rejects', 'doesNotThrow', 'doesNotReject', 'ifError'];
assert.AssertionError = AssertionError;
assert.CallTracker = CallTracker;
for (const name of exportOrder) assert[name] = everyMethod[name];

// assert.strict: the same, with the loose names bound to the strict checks. Key order as in Node:
// assert ends with strict, Assert; assert.strict with Assert, strict.
function strict(...args) {
  innerOk(strict, args.length, ...args);
}
Object.assign(strict, assert);
for (const [loose, strictName] of Object.entries(strictAliases)) strict[loose] = everyMethod[strictName];
strict.Assert = Assert;
strict.strict = strict;
assert.strict = strict;
assert.Assert = Assert;

module.exports = assert;

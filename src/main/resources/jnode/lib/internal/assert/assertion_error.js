'use strict';
// AssertionError and the text of its generated messages (the "+ actual - expected" diffs).

const { inspect } = require('internal/util/inspect');
const { myersDiff, printMyersDiff } = require('internal/assert/myers_diff');
const { validateObject } = require('internal/validators');

const readableOperator = {
  deepStrictEqual: 'Expected values to be strictly deep-equal:',
  partialDeepStrictEqual: 'Expected values to be partially and strictly deep-equal:',
  strictEqual: 'Expected values to be strictly equal:',
  strictEqualObject: 'Expected "actual" to be reference-equal to "expected":',
  deepEqual: 'Expected values to be loosely deep-equal:',
  notDeepStrictEqual: 'Expected "actual" not to be strictly deep-equal to:',
  notStrictEqual: 'Expected "actual" to be strictly unequal to:',
  notStrictEqualObject: 'Expected "actual" not to be reference-equal to "expected":',
  notDeepEqual: 'Expected "actual" not to be loosely deep-equal to:',
  notIdentical: 'Values have same structure but are not reference-equal:',
  notDeepEqualUnequal: 'Expected values not to be loosely deep-equal:',
};

// Up to this many characters (quotes excluded) both values fit on one line: "1 !== 2".
const SHORT_PAIR = 12;
const LONG_VALUE = 512;

function inspectValue(value) {
  return inspect(value, {
    compact: false,
    customInspect: false,
    depth: 1000,
    maxArrayLength: Infinity,
    showHidden: false,
    showProxy: false,
    sorted: true,
    getters: true,
  });
}

// Errors are shown without their stacks: compare copies that keep only what inspect shows otherwise.
function copyError(source) {
  const target = Object.assign({ __proto__: Object.getPrototypeOf(source) }, source);
  Object.defineProperty(target, 'message', { value: source.message });
  if (Object.prototype.hasOwnProperty.call(source, 'cause')) {
    let { cause } = source;
    if (cause instanceof Error) cause = copyError(cause);
    Object.defineProperty(target, 'cause', { value: cause });
  }
  return target;
}

// "+ 'abc'\n- 'abd'" with a caret under the first differing character of two short strings.
function stackedDiff(actual, expected, bothStrings) {
  let text = `\n+ ${actual}\n- ${expected}`;
  if (bothStrings && actual.length + expected.length <= terminalWidth()) {
    let at = -1;
    for (let i = 0; i < actual.length; i++) {
      if (actual[i] !== expected[i]) {
        // The first characters (and the quote) show the difference by themselves.
        if (i >= 3) at = i;
        break;
      }
    }
    if (at === -1 && actual.length !== expected.length) at = actual.length;
    if (at !== -1) text += `\n${' '.repeat(at + 2)}^`;
  }
  return text;
}

function terminalWidth() {
  const stderr = process.stderr;
  return stderr && stderr.isTTY && stderr.columns ? stderr.columns : 80;
}

function createErrDiff(actual, expected, operator, customMessage) {
  if (operator === 'strictEqual' &&
      ((typeof actual === 'object' && actual !== null && typeof expected === 'object' && expected !== null) ||
       (typeof actual === 'function' && typeof expected === 'function'))) {
    operator = 'strictEqualObject';
  }
  const inspectedActual = inspectValue(actual);
  const inspectedExpected = inspectValue(expected);
  const linesActual = inspectedActual.split('\n');
  const linesExpected = inspectedExpected.split('\n');
  let header = '+ actual - expected';
  let body;
  let skipped = false;

  const simple = linesActual.length === 1 && linesExpected.length === 1 &&
    (typeof actual !== 'object' || actual === null || typeof expected !== 'object' || expected === null);
  if (simple) {
    let width = inspectedActual.length + inspectedExpected.length;
    if (typeof actual === 'string') width -= 2;
    if (typeof expected === 'string') width -= 2;
    if (width <= SHORT_PAIR && (actual !== 0 || expected !== 0)) {
      body = `${inspectedActual} !== ${inspectedExpected}`;
      header = '';
    } else {
      body = stackedDiff(inspectedActual, inspectedExpected,
        typeof actual === 'string' && typeof expected === 'string');
    }
  } else if (inspectedActual === inspectedExpected) {
    const head = customMessage || readableOperator.notIdentical;
    return `${head}\n\n${inspectedActual}\n`;
  } else {
    const ignoreComma = actual !== null && typeof actual === 'object';
    const printed = printMyersDiff(myersDiff(linesActual, linesExpected, ignoreComma), operator);
    body = printed.message;
    skipped = printed.skipped;
  }
  const head = customMessage || readableOperator[operator];
  return `${head}\n${header}${skipped ? '\n... Skipped lines' : ''}\n${body}\n`;
}

function notEqualMessage(actual, operator) {
  let base = readableOperator[operator];
  const lines = inspectValue(actual).split('\n');
  if (operator === 'notStrictEqual' &&
      ((typeof actual === 'object' && actual !== null) || typeof actual === 'function')) {
    base = readableOperator.notStrictEqualObject;
  }
  if (lines.length > 50) {
    lines[46] = '...';
    lines.length = 47;
  }
  if (lines.length === 1) return `${base}${lines[0].length > 5 ? '\n\n' : ' '}${lines[0]}`;
  return `${base}\n\n${lines.join('\n')}\n`;
}

function otherMessage(actual, expected, operator) {
  let left = inspectValue(actual);
  let right = inspectValue(expected);
  const known = readableOperator[operator];
  if (operator === 'notDeepEqual' && left === right) {
    left = `${known}\n\n${left}`;
    return left.length > 1024 ? `${left.slice(0, 1021)}...` : left;
  }
  if (left.length > LONG_VALUE) left = `${left.slice(0, 509)}...`;
  if (right.length > LONG_VALUE) right = `${right.slice(0, 509)}...`;
  if (operator === 'deepEqual') return `${known}\n\n${left}\n\nshould loosely deep-equal\n\n${right}`;
  const unequal = readableOperator[`${operator}Unequal`];
  if (unequal) return `${unequal}\n\n${left}\n\nshould not loosely deep-equal\n\n${right}`;
  return `${left} ${operator} ${right}`;
}

const diffOperators = new Set(['deepStrictEqual', 'strictEqual', 'partialDeepStrictEqual']);

class AssertionError extends Error {
  constructor(options) {
    validateObject(options, 'options');
    const { message, operator, stackStartFn, details, diff = 'simple' } = options;
    let { actual, expected } = options;
    let text;
    if (message != null) {
      text = diffOperators.has(operator) ?
        createErrDiff(actual, expected, operator, String(message)) : String(message);
    } else {
      if (actual instanceof Error && expected instanceof Error) {
        actual = copyError(actual);
        expected = copyError(expected);
      }
      if (diffOperators.has(operator)) {
        text = createErrDiff(actual, expected, operator);
      } else if (operator === 'notDeepStrictEqual' || operator === 'notStrictEqual') {
        text = notEqualMessage(actual, operator);
      } else {
        text = otherMessage(actual, expected, operator);
      }
    }
    const limit = Error.stackTraceLimit;
    Error.stackTraceLimit = 0;
    super(text);
    Error.stackTraceLimit = limit;

    this.generatedMessage = !message;
    Object.defineProperty(this, 'name', {
      value: 'AssertionError [ERR_ASSERTION]', enumerable: false, writable: true, configurable: true,
    });
    this.code = 'ERR_ASSERTION';
    if (details) {
      this.actual = undefined;
      this.expected = undefined;
      this.operator = undefined;
      for (let i = 0; i < details.length; i++) {
        this['message ' + i] = details[i].message;
        this['actual ' + i] = details[i].actual;
        this['expected ' + i] = details[i].expected;
        this['operator ' + i] = details[i].operator;
        this['stack trace ' + i] = details[i].stack;
      }
    } else {
      this.actual = actual;
      this.expected = expected;
      this.operator = operator;
    }
    this.diff = diff;
    Error.captureStackTrace(this, stackStartFn || AssertionError);
    const stack = this.stack;
    this.name = 'AssertionError';
    // The stack keeps the code in its first line, as Node's does.
    if (typeof stack === 'string' && !stack.startsWith('AssertionError [ERR_ASSERTION]')) {
      const head = `AssertionError: ${text}`;
      const rest = stack.startsWith(head) ? stack.slice(head.length) :
        stack.slice(stack.indexOf('\n    at ') === -1 ? stack.length : stack.indexOf('\n    at '));
      Object.defineProperty(this, 'stack', {
        value: `AssertionError [ERR_ASSERTION]: ${text}${rest}`, writable: true, configurable: true,
      });
    }
  }

  toString() {
    return `${this.name} [${this.code}]: ${this.message}`;
  }

  [inspect.custom](recurseTimes, ctx) {
    // Long strings in actual/expected are shortened to keep the error readable.
    const original = { actual: this.actual, expected: this.expected };
    for (const key of ['actual', 'expected']) {
      const value = this[key];
      if (typeof value === 'string') {
        const lines = value.split('\n');
        if (lines.length > 10) {
          lines.length = 10;
          this[key] = `${lines.join('\n')}\n...`;
        } else if (value.length > LONG_VALUE) {
          this[key] = `${value.slice(0, LONG_VALUE)}...`;
        }
      }
    }
    const result = inspect(this, { ...ctx, customInspect: false, depth: 0 });
    this.actual = original.actual;
    this.expected = original.expected;
    return result;
  }
}

module.exports = { AssertionError, inspectValue };

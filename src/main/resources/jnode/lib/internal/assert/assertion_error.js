'use strict';
// AssertionError and the text of its generated messages (the "+ actual - expected" diffs).

const { inspect } = require('internal/util/inspect');
const { myersDiff, printMyersDiff } = require('internal/assert/myers_diff');
const { validateObject } = require('internal/validators');

// The first line of a generated message, by operator ("...Object" when both sides are objects).
const headlines = {
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
const ONE_LINE_BUDGET = 12;
// Longer inspected values are cut in the messages of the loose comparisons.
const LOOSE_VALUE_LIMIT = 512;
const LOOSE_CUT_AT = 509;
// A "not equal" message shows at most this many lines of the value.
const NOT_EQUAL_MAX_LINES = 50;
const NOT_EQUAL_KEPT_LINES = 46;

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

const isObjectLike = (value) => typeof value === 'object' && value !== null;
const isReference = (value) => isObjectLike(value) || typeof value === 'function';
// strictEqual of two objects (or two functions) fails on identity, whatever their contents.
const comparedByIdentity = (a, b) =>
  (isObjectLike(a) && isObjectLike(b)) || (typeof a === 'function' && typeof b === 'function');

// Two errors are shown without their stacks: inspect copies that keep their own keys, message and cause.
function withoutStack(error) {
  const copy = Object.assign({ __proto__: Object.getPrototypeOf(error) }, error);
  Object.defineProperty(copy, 'message', { value: error.message });
  if (Object.prototype.hasOwnProperty.call(error, 'cause')) {
    const { cause } = error;
    Object.defineProperty(copy, 'cause', { value: cause instanceof Error ? withoutStack(cause) : cause });
  }
  return copy;
}

function terminalWidth() {
  const { stderr } = process;
  return stderr && stderr.isTTY && stderr.columns ? stderr.columns : 80;
}

// Where a caret should point under two stacked strings, or -1: the first differing character,
// unless it is among the first three (the quote and the first letters show it by themselves).
function caretColumn(top, bottom) {
  let first = 0;
  while (first < top.length && top[first] === bottom[first]) first++;
  if (first < top.length && first >= 3) return first;
  // No usable difference inside the top string: point past its end when the lengths differ.
  return top.length === bottom.length ? -1 : top.length;
}

// Two one-line values: "a !== b" when both are short, otherwise stacked under "+ actual - expected".
function singleLineComparison(actual, expected, shownActual, shownExpected) {
  const quotes = (typeof actual === 'string' ? 2 : 0) + (typeof expected === 'string' ? 2 : 0);
  const bothZero = actual === 0 && expected === 0;
  if (shownActual.length + shownExpected.length - quotes <= ONE_LINE_BUDGET && !bothZero) {
    return { header: '', body: `${shownActual} !== ${shownExpected}` };
  }
  let body = `\n+ ${shownActual}\n- ${shownExpected}`;
  const strings = typeof actual === 'string' && typeof expected === 'string';
  if (strings && shownActual.length + shownExpected.length <= terminalWidth()) {
    const column = caretColumn(shownActual, shownExpected);
    if (column !== -1) body += `\n${' '.repeat(column + 2)}^`;
  }
  return { header: '+ actual - expected', body };
}

// strictEqual, deepStrictEqual, partialDeepStrictEqual: the values with a line diff.
function diffMessage(actual, expected, operator, customHeadline) {
  const kind = operator === 'strictEqual' && comparedByIdentity(actual, expected) ? 'strictEqualObject' : operator;
  const shownActual = inspectValue(actual);
  const shownExpected = inspectValue(expected);
  const actualLines = shownActual.split('\n');
  const expectedLines = shownExpected.split('\n');
  const headline = customHeadline || headlines[kind];

  if (actualLines.length === 1 && expectedLines.length === 1 && !(isObjectLike(actual) && isObjectLike(expected))) {
    const { header, body } = singleLineComparison(actual, expected, shownActual, shownExpected);
    return `${headline}\n${header}\n${body}\n`;
  }
  if (shownActual === shownExpected) {
    return `${customHeadline || headlines.notIdentical}\n\n${shownActual}\n`;
  }
  const { message, skipped } = printMyersDiff(myersDiff(actualLines, expectedLines, isObjectLike(actual)), kind);
  return `${headline}\n+ actual - expected${skipped ? '\n... Skipped lines' : ''}\n${message}\n`;
}

// notStrictEqual, notDeepStrictEqual: the one value both sides share.
function sameValueMessage(actual, expected, operator) {
  const headline = operator === 'notStrictEqual' && isReference(actual) ?
    headlines.notStrictEqualObject : headlines[operator];
  let lines = inspectValue(actual).split('\n');
  if (lines.length > NOT_EQUAL_MAX_LINES) lines = [...lines.slice(0, NOT_EQUAL_KEPT_LINES), '...'];
  if (lines.length > 1) return `${headline}\n\n${lines.join('\n')}\n`;
  const [only] = lines;
  return `${headline}${only.length > 5 ? '\n\n' : ' '}${only}`;
}

const cut = (text, limit, keep) => (text.length > limit ? `${text.slice(0, keep)}...` : text);

// Everything else: the loose deep comparisons and plain "a op b".
function looseMessage(actual, expected, operator) {
  const left = inspectValue(actual);
  const right = inspectValue(expected);
  if (operator === 'notDeepEqual' && left === right) {
    return cut(`${headlines.notDeepEqual}\n\n${left}`, 1024, 1021);
  }
  const shortLeft = cut(left, LOOSE_VALUE_LIMIT, LOOSE_CUT_AT);
  const shortRight = cut(right, LOOSE_VALUE_LIMIT, LOOSE_CUT_AT);
  if (operator === 'deepEqual') {
    return `${headlines.deepEqual}\n\n${shortLeft}\n\nshould loosely deep-equal\n\n${shortRight}`;
  }
  if (operator === 'notDeepEqual') {
    return `${headlines.notDeepEqualUnequal}\n\n${shortLeft}\n\nshould not loosely deep-equal\n\n${shortRight}`;
  }
  return `${shortLeft} ${operator} ${shortRight}`;
}

const messageByOperator = new Map([
  ['strictEqual', diffMessage],
  ['deepStrictEqual', diffMessage],
  ['partialDeepStrictEqual', diffMessage],
  ['notStrictEqual', sameValueMessage],
  ['notDeepStrictEqual', sameValueMessage],
]);

// The message text and the values to keep: a caller's message is kept as given, except that the
// diffing operators still append their diff to it.
function composeMessage(actual, expected, operator, message) {
  const build = messageByOperator.get(operator);
  if (message != null) {
    return build === diffMessage ? diffMessage(actual, expected, operator, String(message)) : String(message);
  }
  return (build ?? looseMessage)(actual, expected, operator);
}

// CallTracker's verify() passes one entry per mismatch; each becomes numbered keys on the error.
const detailKeys = [['message', 'message'], ['actual', 'actual'], ['expected', 'expected'],
  ['operator', 'operator'], ['stack trace', 'stack']];

function numberedDetails(details) {
  const numbered = { actual: undefined, expected: undefined, operator: undefined };
  details.forEach((entry, n) => {
    for (const [label, field] of detailKeys) numbered[`${label} ${n}`] = entry[field];
  });
  return numbered;
}

// The stack's first line keeps the code, "AssertionError [ERR_ASSERTION]: ...", as in Node.
function stackWithCode(stack, text) {
  if (typeof stack !== 'string' || stack.startsWith('AssertionError [ERR_ASSERTION]')) return undefined;
  const plainHead = `AssertionError: ${text}`;
  let frames;
  if (stack.startsWith(plainHead)) {
    frames = stack.slice(plainHead.length);
  } else {
    const firstFrame = stack.indexOf('\n    at ');
    frames = firstFrame === -1 ? '' : stack.slice(firstFrame);
  }
  return `AssertionError [ERR_ASSERTION]: ${text}${frames}`;
}

class AssertionError extends Error {
  constructor(options) {
    validateObject(options, 'options');
    const { message, operator, stackStartFn, details, diff = 'simple' } = options;
    let { actual, expected } = options;
    if (message == null && actual instanceof Error && expected instanceof Error) {
      actual = withoutStack(actual);
      expected = withoutStack(expected);
    }
    const text = composeMessage(actual, expected, operator, message);
    // The stack is captured below, from stackStartFn.
    const savedLimit = Error.stackTraceLimit;
    Error.stackTraceLimit = 0;
    super(text);
    Error.stackTraceLimit = savedLimit;

    this.generatedMessage = !message;
    Object.defineProperty(this, 'name', {
      value: 'AssertionError [ERR_ASSERTION]', enumerable: false, writable: true, configurable: true,
    });
    this.code = 'ERR_ASSERTION';
    Object.assign(this, details ? numberedDetails(details) : { actual, expected, operator });
    this.diff = diff;
    Error.captureStackTrace(this, stackStartFn || AssertionError);
    const fixedStack = stackWithCode(this.stack, text);
    this.name = 'AssertionError';
    if (fixedStack !== undefined) {
      Object.defineProperty(this, 'stack', { value: fixedStack, writable: true, configurable: true });
    }
  }

  toString() {
    return `${this.name} [${this.code}]: ${this.message}`;
  }

  [inspect.custom](recurseTimes, ctx) {
    // Long strings in actual/expected are shortened while the error is inspected.
    const saved = { actual: this.actual, expected: this.expected };
    for (const key of ['actual', 'expected']) {
      if (typeof saved[key] === 'string') this[key] = abbreviate(saved[key]);
    }
    try {
      return inspect(this, { ...ctx, customInspect: false, depth: 0 });
    } finally {
      Object.assign(this, saved);
    }
  }
}

function abbreviate(text) {
  const lines = text.split('\n');
  if (lines.length > 10) return `${lines.slice(0, 10).join('\n')}\n...`;
  return text.length > LOOSE_VALUE_LIMIT ? `${text.slice(0, LOOSE_VALUE_LIMIT)}...` : text;
}

module.exports = { AssertionError, inspectValue };

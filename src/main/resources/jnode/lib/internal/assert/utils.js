'use strict';
// assert.ok's generated message: "The expression evaluated to a falsy value:\n\n  assert.ok(x)\n", with
// the call's source text read from the file at the caller's position.

const { AssertionError } = require('internal/assert/assertion_error');

// Control characters in the source are shown escaped, as inspect would.
const controlChars = /[\x00-\x08\x0b\x0c\x0e-\x1f]/g;

function escapeControl(text) {
  return text.replace(controlChars, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

// file, line and column of the frame that called `fn`, from a captured stack.
function callerPosition(fn) {
  const holder = {};
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 1;
  Error.captureStackTrace(holder, fn);
  Error.stackTraceLimit = limit;
  const frame = String(holder.stack).split('\n').find((line) => line.startsWith('    at '));
  if (frame === undefined) return undefined;
  const match = /(?:^    at |\()([^()]+):(\d+):(\d+)\)?$/.exec(frame);
  if (match === null) return undefined;
  return { file: match[1], line: Number(match[2]), column: Number(match[3]) };
}

const identChar = /[\w$\u00a0-\uffff]/;

// The call expression at `column` of `text`: back over a `name.` chain, forward to the balanced `)`.
// When the call does not close on this line, the rest of the line stands for it.
function callAt(text, column) {
  let start = column;
  while (start < text.length && !identChar.test(text[start]) && text[start] !== '(') start++;
  // Walk back over `a.b.` before the callee's name.
  for (;;) {
    let i = start;
    while (i > 0 && identChar.test(text[i - 1])) i--;
    if (i > 0 && text[i - 1] === '.' && i - 1 > 0 && identChar.test(text[i - 2])) {
      start = i - 1;
      while (start > 0 && identChar.test(text[start - 1])) start--;
      continue;
    }
    start = i;
    break;
  }
  const open = text.indexOf('(', start);
  if (open === -1) return text.slice(start);
  let depth = 0;
  let quote = null;
  for (let i = open; i < text.length; i++) {
    const ch = text[i];
    if (quote !== null) {
      if (ch === '\\') i++;
      else if (ch === quote) quote = null;
      continue;
    }
    if (ch === '"' || ch === "'" || ch === '`') quote = ch;
    else if (ch === '/' && text[i + 1] === '/') break;
    else if (ch === '(' || ch === '[' || ch === '{') depth++;
    else if (ch === ')' || ch === ']' || ch === '}') {
      depth--;
      if (depth === 0) return text.slice(start, i + 1);
    }
  }
  return text.slice(start).trimEnd();
}

function readSourceLine(file, lineNumber) {
  try {
    return internalBinding('fs').readFileUtf8(file).split(/\r?\n/)[lineNumber - 1];
  } catch {
    return undefined;
  }
}

// Quotes the failing call from the caller's source file; undefined when the source is out of reach
// (eval code, REPL, a file that changed meanwhile).
function quoteFailingCall(fn) {
  const at = callerPosition(fn);
  if (at === undefined || !at.file.startsWith('/')) return undefined;
  const sourceLine = readSourceLine(at.file, at.line);
  if (sourceLine === undefined) return undefined;
  // A shebang line counts as empty, the way the module loader sees it.
  const text = at.line === 1 ? sourceLine.replace(/^#!.*/, '') : sourceLine;
  const column = at.column - 1 > text.length ? 0 : at.column - 1;
  return `The expression evaluated to a falsy value:\n\n  ${escapeControl(callAt(text, column))}\n`;
}

// Why assert.ok failed, when the caller did not say: no argument at all, or a falsy one.
function generatedOkMessage(fn, argCount) {
  if (argCount === 0) return 'No value argument passed to `assert.ok()`';
  return quoteFailingCall(fn) ?? 'The expression evaluated to a falsy value';
}

function innerOk(fn, argCount, value, message) {
  if (value) return;
  const ownMessage = argCount > 0 && message != null;
  if (ownMessage && message instanceof Error) throw message;
  const err = new AssertionError({
    actual: value,
    expected: true,
    message: ownMessage ? message : generatedOkMessage(fn, argCount),
    operator: '==',
    stackStartFn: fn,
  });
  err.generatedMessage = !ownMessage;
  throw err;
}

module.exports = { innerOk };

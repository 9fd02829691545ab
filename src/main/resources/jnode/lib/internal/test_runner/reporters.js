'use strict';
// The built-in reporters of node:test. Each turns the runner's events (test:start, test:pass, test:fail,
// test:plan, test:diagnostic) into text, one event at a time; end() gives what comes after the last event.

const path = require('path');
const { inspect } = require('internal/util/inspect');

function indentLines(text, prefix) {
  return text.split('\n').map((line) => prefix + line).join('\n');
}

const ansi = { green: '\x1b[32m', red: '\x1b[31m', yellow: '\x1b[33m', blue: '\x1b[34m', gray: '\x1b[90m',
  reset: '\x1b[39m' };

// Text in a colour, when the reporter writes to a terminal.
function paint(colors, color, text) {
  return colors ? `${ansi[color]}${text}${ansi.reset}` : text;
}

// Tests cancelled before they started have no duration worth showing (0).
function durationText(details, colors) {
  return details.duration_ms ? ` ${paint(colors, 'gray', `(${details.duration_ms}ms)`)}` : '';
}

// The runner wraps what a test threw in ERR_TEST_FAILURE; reporters show the cause.
function failureCause(error) {
  return error?.code === 'ERR_TEST_FAILURE' ? error.cause : error;
}

function relativeFile(file) {
  return path.relative(process.cwd(), file);
}

// ---- spec ----

const specSymbols = { pass: '\u2714', fail: '\u2716', skip: '\ufe63', todo: '\u26a0', suite: '\u25b6', info: '\u2139' };

// A todo that passed keeps the pass mark; one that failed gets the todo mark instead of the failure mark.
function specResultLine(type, data, colors) {
  let symbol = type === 'test:pass' ? specSymbols.pass : specSymbols.fail;
  let color = type === 'test:pass' ? 'green' : 'red';
  let suffix = '';
  if (data.skip !== undefined) {
    symbol = specSymbols.skip;
    color = 'gray';
    suffix = ` # ${typeof data.skip === 'string' ? data.skip : 'SKIP'}`;
  } else if (data.todo !== undefined) {
    if (type === 'test:fail') {
      symbol = specSymbols.todo;
      color = 'yellow';
    }
    suffix = ` # ${typeof data.todo === 'string' ? data.todo : 'TODO'}`;
  }
  return paint(colors, color, `${symbol} ${data.name}${durationText(data.details, colors)}${suffix}`);
}

function specFailure(data, line, colors) {
  const cause = failureCause(data.details.error);
  return `${line}\n${indentLines(inspect(cause, { colors }), '  ')}`;
}

class SpecReporter {
  constructor({ colors }) {
    this.colors = colors;
    this.started = []; // the tests started and not yet reported, by nesting, with whether a header was printed
    this.failures = [];
  }

  event(type, data) {
    switch (type) {
      case 'test:start':
        this.started.length = data.nesting;
        this.started.push({ name: data.name, printed: false });
        return '';
      case 'test:pass':
      case 'test:fail':
        return this.result(type, data);
      case 'test:diagnostic':
        return `${'  '.repeat(data.nesting)}${paint(this.colors, 'blue', `${specSymbols.info} ${data.message}`)}\n`;
      default:
        return '';
    }
  }

  result(type, data) {
    let out = '';
    // Ancestors still waiting for their header get it before their first reported subtest.
    for (let nesting = 0; nesting < data.nesting && nesting < this.started.length; nesting++) {
      const ancestor = this.started[nesting];
      if (!ancestor.printed) {
        out += `${'  '.repeat(nesting)}${specSymbols.suite} ${ancestor.name}\n`;
        ancestor.printed = true;
      }
    }
    this.started.length = data.nesting;
    const line = specResultLine(type, data, this.colors);
    if (type === 'test:fail' && data.details.error?.failureType !== 'subtestsFailed') {
      this.failures.push({ data, line });
    }
    return `${out}${'  '.repeat(data.nesting)}${line}\n`;
  }

  end() {
    if (this.failures.length === 0) return '';
    const entries = this.failures.map(({ data, line }) =>
      `test at ${relativeFile(data.file)}:${data.line}:${data.column}\n${specFailure(data, line, this.colors)}`);
    return `\n${paint(this.colors, 'red', `${specSymbols.fail} failing tests:`)}\n\n${entries.join('\n\n')}\n`;
  }
}

// ---- dot ----

class DotReporter {
  constructor() {
    this.column = 0;
    this.failures = [];
  }

  event(type, data) {
    if (type !== 'test:pass' && type !== 'test:fail') return '';
    if (type === 'test:fail') this.failures.push(data);
    let out = type === 'test:pass' ? '.' : 'X';
    if (++this.column === 20) {
      this.column = 0;
      out += '\n';
    }
    return out;
  }

  end() {
    let out = this.column > 0 ? '\n' : '';
    if (this.failures.length > 0) {
      const entries = this.failures.map((data) => specFailure(data, specResultLine('test:fail', data, false), false));
      out += `\nFailed tests:\n\n${entries.join('\n')}\n`;
    }
    return out;
  }
}

// ---- tap ----

function tapEscape(text) {
  return `${text}`.replace(/\\/g, '\\\\').replace(/#/g, '\\#').replace(/\n/g, '\\n');
}

function yamlScalar(value, indent) {
  if (typeof value === 'string') {
    if (!value.includes('\n')) return `'${value.replace(/'/g, "''")}'`;
    return `|-\n${indentLines(value, `${indent}    `)}`;
  }
  if (value === null) return '~';
  if (typeof value === 'object' || typeof value === 'function') {
    const text = inspect(value, { breakLength: Infinity });
    return text.includes('\n') ? `|-\n${indentLines(text, `${indent}    `)}` : text;
  }
  return `${value}`;
}

function stackFrames(cause) {
  const stack = typeof cause?.stack === 'string' ? cause.stack : '';
  return stack.split('\n').filter((line) => /^\s+at /.test(line)).map((line) => line.replace(/^\s+at /, ''));
}

function tapDetails(data, indent) {
  const { details } = data;
  const fields = [];
  if (details.duration_ms !== undefined) fields.push(['duration_ms', details.duration_ms]);
  fields.push(['type', details.type]);
  const { error } = details;
  if (error !== undefined) {
    const cause = failureCause(error);
    if (data.file !== undefined) fields.push(['location', `${data.file}:${data.line}:${data.column}`]);
    fields.push(['failureType', error.failureType]);
    fields.push(['error', error.message]);
    fields.push(['code', cause?.code ?? error.code]);
    if (cause instanceof Error && cause.name !== 'Error') fields.push(['name', cause.name]);
    for (const key of ['expected', 'actual', 'operator']) {
      if (cause !== null && typeof cause === 'object' && key in cause) fields.push([key, cause[key]]);
    }
    // The runner's own reasons are strings: the wrapper's stack stands for them.
    const frames = stackFrames(cause instanceof Error ? cause : error);
    if (frames.length > 0) fields.push(['stack', frames.join('\n')]);
  }
  const body = fields.filter(([, value]) => value !== undefined)
    .map(([key, value]) => `${indent}  ${key}: ${yamlScalar(value, indent)}\n`).join('');
  return `${indent}  ---\n${body}${indent}  ...\n`;
}

class TapReporter {
  constructor() {
    this.begun = false;
  }

  event(type, data) {
    let out = '';
    if (!this.begun) {
      this.begun = true;
      out = 'TAP version 13\n';
    }
    const indent = '    '.repeat(data.nesting);
    switch (type) {
      case 'test:start':
        return `${out}${indent}# Subtest: ${tapEscape(data.name)}\n`;
      case 'test:pass':
      case 'test:fail': {
        let directive = '';
        if (data.skip !== undefined) directive = ` # SKIP${typeof data.skip === 'string' ? ` ${data.skip}` : ''}`;
        else if (data.todo !== undefined) directive = ` # TODO${typeof data.todo === 'string' ? ` ${data.todo}` : ''}`;
        const status = type === 'test:pass' ? 'ok' : 'not ok';
        return `${out}${indent}${status} ${data.testNumber} - ${tapEscape(data.name)}${directive}\n` +
          tapDetails(data, indent);
      }
      case 'test:plan':
        return `${out}${indent}1..${data.count}\n`;
      case 'test:diagnostic':
        return `${out}${indent}# ${data.message}\n`;
      default:
        return out;
    }
  }

  end() {
    return this.begun ? '' : 'TAP version 13\n';
  }
}

const builtinReporters = { spec: SpecReporter, tap: TapReporter, dot: DotReporter };

module.exports = { builtinReporters };

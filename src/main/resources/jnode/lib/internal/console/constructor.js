'use strict';
// The Console class: Node's console methods over two writable streams.

const { codes: { ERR_CONSOLE_WRITABLE_STREAM } } = require('internal/errors');
// util.inspect is the largest library module: loaded when a line needs more than plain strings.
const inspector = () => require('internal/util/inspect');
const inspect = (value, options) => inspector().inspect(value, options);
const { validateInteger } = require('internal/validators');

const kCounts = Symbol('counts');
const kTimers = Symbol('timers');
const kGroupIndent = Symbol('kGroupIndent');
const kGroupIndentationWidth = Symbol('kGroupIndentWidth');
// Marks Console instances and the global console (a plain object), for `instanceof Console`.
const kIsConsole = Symbol('kIsConsole');

function Console(options, stderr, ignoreErrors) {
  if (!new.target) return Reflect.construct(Console, arguments);
  if (!options || typeof options.write === 'function') {
    options = { stdout: options, stderr, ignoreErrors };
  }
  const { stdout, stderr: err = stdout, colorMode = 'auto', inspectOptions, groupIndentation = 2 } = options;
  if (!stdout || typeof stdout.write !== 'function') throw new ERR_CONSOLE_WRITABLE_STREAM('stdout');
  if (!err || typeof err.write !== 'function') throw new ERR_CONSOLE_WRITABLE_STREAM('stderr');
  validateInteger(groupIndentation, 'groupIndentation', 0, 1000);
  Object.defineProperties(this, {
    _stdout: { value: stdout, writable: true, configurable: true },
    _stderr: { value: err, writable: true, configurable: true },
    _ignoreErrors: { value: options.ignoreErrors !== false, writable: true, configurable: true },
  });
  this._colorMode = colorMode;
  this._inspectOptions = inspectOptions;
  this[kIsConsole] = true;
  this[kCounts] = new Map();
  this[kTimers] = new Map();
  this[kGroupIndent] = '';
  this[kGroupIndentationWidth] = groupIndentation;
  // Methods are bound, so `const { log } = console` works as in Node.
  for (const key of Object.keys(Console.prototype)) {
    this[key] = Console.prototype[key].bind(this);
    Object.defineProperty(this[key], 'name', { value: key });
  }
}

function useColors(console, stream) {
  if (console._colorMode !== 'auto') return console._colorMode === true;
  return stream.isTTY === true && (typeof stream.getColorDepth === 'function' ? stream.getColorDepth() > 2 : true);
}

// Strings without a format directive in the first are printed as they are, joined by spaces; only other
// arguments need the options (whose colors ask the stream, which the global console makes on first use).
function formatWithOptions(optionsOf, args) {
  if (args.every((arg) => typeof arg === 'string') && !args[0]?.includes('%')) return args.join(' ');
  return inspector().formatWithOptions(optionsOf(), ...args);
}

function write(console, useStdErr, args) {
  const stream = useStdErr ? console._stderr : console._stdout;
  let text = formatWithOptions(() => ({ ...console._inspectOptions, colors: useColors(console, stream) }), args);
  const indent = console[kGroupIndent];
  if (indent.length > 0) {
    text = text.includes('\n') ? text.replace(/\n/g, `\n${indent}`) : text;
    text = indent + text;
  }
  writeTo(console, stream, `${text}\n`);
}

function noop() {}

// Node's protocol with the stream: unless told not to ignore errors, an 'error' listener guards the
// write (so an emitted error does not crash the process) and whatever the write throws is dropped, but
// a stack overflow. The stream must be an EventEmitter: `removeListener` is called in any case.
function writeTo(console, stream, text) {
  if (!console._ignoreErrors) {
    stream.write(text);
    return;
  }
  try {
    if (stream.listenerCount('error') === 0) stream.once('error', noop);
    stream.write(text, noop);
  } catch (e) {
    if (e instanceof RangeError && e.message === 'Maximum call stack size exceeded') throw e;
  } finally {
    stream.removeListener('error', noop);
  }
}

function timeLabel(label) {
  return label === undefined ? 'default' : `${label}`;
}

function formatTime(ms) {
  let hours = 0;
  let minutes = 0;
  let seconds = 0;
  if (ms >= 1000) {
    if (ms >= 60000) {
      if (ms >= 3600000) {
        hours = Math.floor(ms / 3600000);
        ms -= hours * 3600000;
      }
      minutes = Math.floor(ms / 60000);
      ms -= minutes * 60000;
    }
    seconds = ms / 1000;
  }
  if (hours !== 0 || minutes !== 0) {
    const [sec, frac] = seconds.toFixed(3).split('.');
    const res = hours !== 0 ? `${hours}:${String(minutes).padStart(2, '0')}` : `${minutes}`;
    return `${res}:${sec.padStart(2, '0')}.${frac} (${hours !== 0 ? 'h:mm' : ''}m:ss.mmm)`;
  }
  if (seconds !== 0) return `${seconds.toFixed(3)}s`;
  return `${Number(ms.toFixed(3))}ms`;
}

const methods = {
  log(...args) {
    write(this, false, args);
  },
  warn(...args) {
    write(this, true, args);
  },
  dir(object, options) {
    writeTo(this, this._stdout, `${this[kGroupIndent]}${inspect(object, {
      customInspect: false, ...this._inspectOptions, ...options,
    })}\n`);
  },
  time(label = 'default') {
    label = timeLabel(label);
    if (this[kTimers].has(label)) {
      process.emitWarning(`Label '${label}' already exists for console.time()`);
      return;
    }
    this[kTimers].set(label, process.hrtime());
  },
  timeEnd(label = 'default') {
    label = timeLabel(label);
    if (printTime(this, label, 'timeEnd', [])) this[kTimers].delete(label);
  },
  timeLog(label = 'default', ...data) {
    printTime(this, timeLabel(label), 'timeLog', data);
  },
  trace(...args) {
    const err = { name: 'Trace', message: formatWithOptions(() => ({ colors: false }), args) };
    // The unbound method: a bound function is no frame of its own on GraalJS, so it would match nothing.
    Error.captureStackTrace(err, methods.trace);
    this.error(err.stack);
  },
  assert(expression, ...args) {
    if (!expression) {
      if (typeof args[0] === 'string') args[0] = `Assertion failed: ${args[0]}`;
      else args.unshift('Assertion failed');
      this.warn(...args);
    }
  },
  clear() {
    if (this._stdout.isTTY && process.env.TERM !== 'dumb') this._stdout.write('\x1b[1;1H\x1b[0J');
  },
  count(label = 'default') {
    label = `${label}`;
    const count = (this[kCounts].get(label) || 0) + 1;
    this[kCounts].set(label, count);
    this.log(`${label}: ${count}`);
  },
  countReset(label = 'default') {
    label = `${label}`;
    if (!this[kCounts].has(label)) {
      process.emitWarning(`Count for '${label}' does not exist`);
      return;
    }
    this[kCounts].delete(label);
  },
  group(...data) {
    if (data.length > 0) this.log(...data);
    this[kGroupIndent] += ' '.repeat(this[kGroupIndentationWidth]);
  },
  groupEnd() {
    this[kGroupIndent] = this[kGroupIndent].slice(0, this[kGroupIndent].length - this[kGroupIndentationWidth]);
  },
  table(tabularData, properties) {
    require('internal/console/table').printTable(this, tabularData, properties);
  },
};

function printTime(console, label, method, data) {
  const start = console[kTimers].get(label);
  if (start === undefined) {
    process.emitWarning(`No such label '${label}' for console.${method}()`);
    return false;
  }
  const [s, ns] = process.hrtime(start);
  const ms = s * 1000 + ns / 1e6;
  console.log(`${label}: ${formatTime(ms)}`, ...data);
  return true;
}

methods.info = methods.log;
methods.debug = methods.log;
methods.dirxml = methods.log;
methods.error = methods.warn;
methods.groupCollapsed = methods.group;

// Node's order of Console.prototype's methods (visible through Object.keys(console)).
const methodOrder = ['log', 'info', 'debug', 'warn', 'error', 'dir', 'time', 'timeEnd', 'timeLog', 'trace',
  'assert', 'clear', 'count', 'countReset', 'group', 'groupEnd', 'table', 'dirxml', 'groupCollapsed'];
Console.prototype = {};
for (const name of methodOrder) Console.prototype[name] = methods[name];
Object.defineProperty(Console.prototype, 'constructor', { value: Console, enumerable: false, writable: true, configurable: true });
Object.defineProperty(Console, Symbol.hasInstance, {
  value(instance) {
    return instance !== null && typeof instance === 'object' && instance[kIsConsole] === true;
  },
});

module.exports = { Console, formatTime, methodOrder, kIsConsole };

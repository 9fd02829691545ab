'use strict';
// node:perf_hooks and the performance global: the User Timing timeline (marks and measures), observers,
// timerify, histograms and the event loop delay monitor. Times are milliseconds since the time origin, the
// start of the process (process.hrtime's zero).

const { validateFunction, validateObject, validateString, validateInteger, validateNumber } =
  require('internal/validators');
const {
  codes: { ERR_ILLEGAL_CONSTRUCTOR, ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE, ERR_MISSING_ARGS, ERR_OUT_OF_RANGE },
} = require('internal/errors');
// DOMException and util.inspect load only when used: perf_hooks is loaded by the performance global.
function domException(message, name) {
  const { DOMException } = require('internal/per_context/domexception');
  return new DOMException(message, name);
}

const processBinding = internalBinding('process');

function now() {
  return processBinding.hrtime() / 1e6;
}
// Date.now() has whole milliseconds; the monotonic clock supplies the fraction.
const timeOrigin = Date.now() - now();

// Instances are made only here; public constructors that users may not call check for this token.
const kCreate = Symbol('kCreate');

function inspectAs(entry, fields, depth, options, inspect, name = entry.constructor.name) {
  if (depth < 0) return entry;
  const shown = {};
  for (const field of fields) shown[field] = entry[field];
  return `${name} ${inspect(shown, { ...options, depth: options.depth == null ? null : depth })}`;
}

// ---- entries ----
class PerformanceEntry {
  #name;
  #type;
  #start;
  #duration;
  #detail;

  constructor(token, name, type, start, duration, detail) {
    if (token !== kCreate) throw new ERR_ILLEGAL_CONSTRUCTOR();
    this.#name = name;
    this.#type = type;
    this.#start = start;
    this.#duration = duration;
    this.#detail = detail;
  }

  get name() { return this.#name; }
  get entryType() { return this.#type; }
  get startTime() { return this.#start; }
  get duration() { return this.#duration; }
  get detail() { return this.#detail; }

  toJSON() {
    return { name: this.name, entryType: this.entryType, startTime: this.startTime, duration: this.duration,
      detail: this.detail };
  }

  [Symbol.for('nodejs.util.inspect.custom')](depth, options, inspect) {
    return inspectAs(this, ['name', 'entryType', 'startTime', 'duration', 'detail'], depth, options, inspect);
  }
}

class PerformanceMark extends PerformanceEntry {
  constructor(name, options = undefined) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('name');
    name = `${name}`;
    if (options != null) validateObject(options, 'options');
    const startTime = options?.startTime ?? now();
    validateNumber(startTime, 'startTime');
    if (startTime < 0) throw domException(`${name} cannot have a negative start time.`, 'TypeError');
    let detail = options?.detail;
    detail = detail === undefined ? null : structuredClone(detail);
    super(kCreate, name, 'mark', startTime, 0, detail);
  }
}

class PerformanceMeasure extends PerformanceEntry {
  constructor(token, name, start, duration, detail) {
    super(token, name, 'measure', start, duration, detail);
  }
}

// ---- the timeline and its observers ----
const timeline = { mark: [], measure: [] };
const observers = new Set();
const observedTypes = ['dns', 'function', 'gc', 'http', 'http2', 'mark', 'measure', 'net', 'quic', 'resource'];

function enqueue(entry) {
  for (const observer of observers) observer.deliver(entry);
}

// Set by PerformanceObserver's static block: whether an observer has a type among its own.
let observesType;

function filterEntries(entries, name, type) {
  return entries.filter((e) => (name === undefined || e.name === name) && (type === undefined || e.entryType === type))
    .sort((a, b) => a.startTime - b.startTime);
}

class PerformanceObserverEntryList {
  #entries;

  constructor(token, entries) {
    if (token !== kCreate) throw new ERR_ILLEGAL_CONSTRUCTOR();
    this.#entries = entries;
  }

  getEntries() {
    return filterEntries(this.#entries);
  }

  getEntriesByType(type) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('type');
    return filterEntries(this.#entries, undefined, `${type}`);
  }

  getEntriesByName(name, type) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('name');
    return filterEntries(this.#entries, `${name}`, type === undefined ? undefined : `${type}`);
  }

  [Symbol.for('nodejs.util.inspect.custom')](depth, options, inspect) {
    if (depth < 0) return this;
    return `PerformanceObserverEntryList ${inspect(this.#entries, { ...options, depth })}`;
  }
}

class PerformanceObserver {
  #callback;
  #types = new Set();
  #buffer = [];
  #scheduled = false;

  constructor(callback) {
    validateFunction(callback, 'callback');
    this.#callback = callback;
  }

  static get supportedEntryTypes() {
    return [...observedTypes];
  }

  observe(options = {}) {
    validateObject(options, 'options');
    const { entryTypes, type, buffered } = options;
    if (entryTypes === undefined && type === undefined) throw new ERR_MISSING_ARGS('options.entryTypes', 'options.type');
    if (entryTypes !== undefined && type !== undefined) {
      throw new ERR_INVALID_ARG_VALUE('options.entryTypes', entryTypes, 'options.entryTypes can not set with options.type together');
    }
    this.#types.clear();
    if (entryTypes !== undefined) {
      if (!Array.isArray(entryTypes)) throw new ERR_INVALID_ARG_TYPE('options.entryTypes', 'string[]', entryTypes);
      for (const t of entryTypes) if (observedTypes.includes(t)) this.#types.add(t);
    } else {
      validateString(type, 'options.type');
      if (observedTypes.includes(type)) {
        this.#types.add(type);
        if (buffered && timeline[type] !== undefined) {
          for (const entry of timeline[type]) this.deliver(entry);
        }
      }
    }
    if (this.#types.size > 0) observers.add(this);
    else this.disconnect();
  }

  disconnect() {
    observers.delete(this);
    this.#buffer = [];
  }

  takeRecords() {
    const records = this.#buffer;
    this.#buffer = [];
    return records;
  }

  /** Buffers an entry of an observed type; the callback gets the buffer in the check phase, as in Node. */
  deliver(entry) {
    if (!this.#types.has(entry.entryType)) return;
    this.#buffer.push(entry);
    if (this.#scheduled) return;
    this.#scheduled = true;
    setImmediate(() => {
      this.#scheduled = false;
      const entries = this.takeRecords();
      if (entries.length > 0) this.#callback(new PerformanceObserverEntryList(kCreate, entries), this);
    });
  }

  static {
    observesType = (observer, type) => observer.#types.has(type);
  }

  [Symbol.for('nodejs.util.inspect.custom')](depth, options, inspect) {
    if (depth < 0) return this;
    const shown = { connected: observers.has(this), pending: this.#buffer.length > 0,
      entryTypes: [...this.#types], buffer: this.#buffer };
    return `PerformanceObserver ${inspect(shown, { ...options, depth })}`;
  }
}

// Entries other modules time (dns), through internal/perf/observe.
require('internal/perf/observe').installReporter({
  hasObserver: (type) => [...observers].some((observer) => observesType(observer, type)),
  enqueue: (name, type, start, duration, detail) =>
    enqueue(new PerformanceEntry(kCreate, name, type, start, duration, detail)),
});

// ---- User Timing ----
function mark(name, options) {
  const entry = new PerformanceMark(name, options);
  timeline.mark.push(entry);
  enqueue(entry);
  return entry;
}

function markTime(name) {
  if (typeof name === 'number') {
    if (name < 0) throw new ERR_INVALID_ARG_VALUE('time', name, 'must be a positive number');
    return name;
  }
  const found = timeline.mark.findLast((e) => e.name === name);
  if (found === undefined) {
    throw domException(`The "${name}" performance mark has not been set`, 'SyntaxError');
  }
  return found.startTime;
}

function measure(name, startOrOptions, endMark) {
  validateString(name, 'name');
  let start;
  let end;
  let duration;
  let detail = null;
  if (startOrOptions !== null && typeof startOrOptions === 'object') {
    if (endMark !== undefined) throw new ERR_INVALID_ARG_VALUE('endMark', endMark, 'must be undefined when options are given');
    ({ start, end, duration } = startOrOptions);
    if (startOrOptions.detail !== undefined) detail = structuredClone(startOrOptions.detail);
    if (start === undefined && end === undefined) {
      throw new ERR_INVALID_ARG_VALUE('startOrMeasureOptions', startOrOptions, 'must have start or end when given');
    }
    if (start !== undefined && end !== undefined && duration !== undefined) {
      throw new ERR_INVALID_ARG_VALUE('startOrMeasureOptions', startOrOptions,
        'must not have start, end and duration together');
    }
  } else {
    start = startOrOptions;
    end = endMark;
  }
  let endTime;
  if (end !== undefined) endTime = markTime(end);
  else if (start !== undefined && duration !== undefined) endTime = markTime(start) + duration;
  else endTime = now();
  let startTime;
  if (start !== undefined) startTime = markTime(start);
  else if (duration !== undefined && end !== undefined) startTime = endTime - duration;
  else startTime = 0;
  const entry = new PerformanceMeasure(kCreate, name, startTime, endTime - startTime, detail);
  timeline.measure.push(entry);
  enqueue(entry);
  return entry;
}

function clearEntries(type, name) {
  timeline[type] = name === undefined ? [] : timeline[type].filter((e) => e.name !== `${name}`);
}

// ---- timerify ----
// Every call makes a new wrapper, even for the same function, as in Node 24.
function timerify(fn, options = {}) {
  validateFunction(fn, 'fn');
  validateObject(options, 'options');
  const { histogram } = options;
  if (histogram !== undefined && !(histogram instanceof RecordableHistogram)) {
    throw new ERR_INVALID_ARG_TYPE('options.histogram', 'RecordableHistogram', histogram);
  }
  function timed(...args) {
    const start = now();
    const result = new.target ? Reflect.construct(fn, args, fn) : Reflect.apply(fn, this, args);
    const record = () => {
      const duration = now() - start;
      histogram?.record(Math.max(1, Math.round(duration * 1e6)));
      // Node's function entries also carry the arguments as own indexed properties.
      enqueue(Object.assign(new PerformanceEntry(kCreate, fn.name, 'function', start, duration, args), args));
    };
    if (!new.target && typeof result?.finally === 'function') return result.finally(record);
    record();
    return result;
  }
  Object.defineProperties(timed, {
    name: { value: `timerified ${fn.name}`, configurable: true },
    length: { value: fn.length, configurable: true },
  });
  return timed;
}

// ---- histograms ----
class Histogram {
  #counts = new Map(); // value -> how many times it was recorded
  #count = 0;
  #sum = 0;
  #min = 9223372036854776000;
  #max = 0;
  #exceeds = 0;
  #lowest;
  #highest;

  constructor(token, lowest = 1, highest = Number.MAX_SAFE_INTEGER) {
    if (token !== kCreate) throw new ERR_ILLEGAL_CONSTRUCTOR();
    this.#lowest = lowest;
    this.#highest = highest;
  }

  get count() { return this.#count; }
  get countBigInt() { return BigInt(this.#count); }
  get min() { return this.#min; }
  get minBigInt() { return BigInt(this.#min); }
  get max() { return this.#max; }
  get maxBigInt() { return BigInt(this.#max); }
  get exceeds() { return this.#exceeds; }
  get exceedsBigInt() { return BigInt(this.#exceeds); }
  get mean() { return this.#count === 0 ? NaN : this.#sum / this.#count; }

  get stddev() {
    if (this.#count === 0) return NaN;
    const mean = this.#sum / this.#count;
    let squares = 0;
    for (const [value, times] of this.#counts) squares += times * (value - mean) ** 2;
    return Math.sqrt(squares / this.#count);
  }

  /** The smallest recorded value at or below which percentile% of the values lie. */
  percentile(percentile) {
    validateNumber(percentile, 'percentile');
    if (!(percentile > 0 && percentile <= 100)) throw new ERR_OUT_OF_RANGE('percentile', '> 0 && <= 100', percentile);
    return this.#valueAt(percentile);
  }

  percentileBigInt(percentile) {
    return BigInt(this.percentile(percentile));
  }

  // The smallest value with at least `wanted` values at or below it.
  #valueAtRank(wanted) {
    let seen = 0;
    for (const value of [...this.#counts.keys()].sort((a, b) => a - b)) {
      seen += this.#counts.get(value);
      if (seen >= wanted) return value;
    }
    return this.#max;
  }

  // As HdrHistogram, percentile() rounds the rank to the nearest integer and the percentiles map does not.
  #valueAt(percentile) {
    if (this.#count === 0) return 0;
    return this.#valueAtRank(Math.max(1, Math.floor((percentile / 100) * this.#count + 0.5)));
  }

  /** Percentiles at 0, 50, 75, 87.5, ... (halving what is left) up to the maximum, and 100. */
  get percentiles() {
    const result = new Map();
    if (this.#count === 0) {
      result.set(100, 0);
      return result;
    }
    result.set(0, this.#min);
    for (let p = 50, step = 50; p < 100; step /= 2, p += step) {
      const value = this.#valueAtRank((p / 100) * this.#count);
      result.set(p, value);
      if (value >= this.#max) break;
    }
    result.set(100, this.#max);
    return result;
  }

  get percentilesBigInt() {
    return new Map([...this.percentiles].map(([p, v]) => [p, BigInt(v)]));
  }

  reset() {
    this.#counts.clear();
    this.#count = this.#sum = this.#max = this.#exceeds = 0;
    this.#min = 9223372036854776000;
  }

  toJSON() {
    return { count: this.count, min: this.min, max: this.max, mean: this.mean, exceeds: this.exceeds,
      stddev: this.stddev, percentiles: Object.fromEntries(this.percentiles) };
  }

  // For the subclasses: records one value, counting those out of range as exceeding.
  static add(histogram, value) {
    if (value < histogram.#lowest || value > histogram.#highest) {
      histogram.#exceeds++;
      return;
    }
    histogram.#counts.set(value, (histogram.#counts.get(value) ?? 0) + 1);
    histogram.#count++;
    histogram.#sum += value;
    if (value < histogram.#min) histogram.#min = value;
    if (value > histogram.#max) histogram.#max = value;
  }

  static merge(target, source) {
    for (const [value, times] of source.#counts) {
      for (let i = 0; i < times; i++) Histogram.add(target, value);
    }
    target.#exceeds += source.#exceeds;
  }

  [Symbol.for('nodejs.util.inspect.custom')](depth, options, inspect) {
    return inspectAs(this, ['min', 'max', 'mean', 'exceeds', 'stddev', 'count', 'percentiles'], depth, options,
      inspect, 'Histogram');
  }
}

class RecordableHistogram extends Histogram {
  #previous;

  record(value) {
    if (typeof value === 'bigint') value = Number(value);
    else validateInteger(value, 'val', 1);
    if (value < 1) throw new ERR_INVALID_ARG_VALUE.RangeError('val', value);
    Histogram.add(this, value);
  }

  /** Records the nanoseconds since the previous call (nothing on the first). */
  recordDelta() {
    const at = processBinding.hrtime();
    if (this.#previous !== undefined) Histogram.add(this, Math.max(1, Math.round(at - this.#previous)));
    this.#previous = at;
  }

  add(other) {
    if (!(other instanceof RecordableHistogram)) throw new ERR_INVALID_ARG_TYPE('other', 'RecordableHistogram', other);
    Histogram.merge(this, other);
  }
}

function createHistogram(options = {}) {
  validateObject(options, 'options');
  const { lowest = 1, highest = Number.MAX_SAFE_INTEGER, figures = 3 } = options;
  validateInteger(lowest, 'options.lowest', 1);
  validateInteger(highest, 'options.highest', 2 * lowest);
  validateInteger(figures, 'options.figures', 1, 5);
  return new RecordableHistogram(kCreate, lowest, highest);
}

/** The delays of a timer that should fire every `resolution` ms, in nanoseconds (monitorEventLoopDelay). */
class ELDHistogram extends Histogram {
  #resolution;
  #timer = null;

  constructor(token, resolution) {
    super(token);
    this.#resolution = resolution;
  }

  enable() {
    if (this.#timer !== null) return false;
    let expected = processBinding.hrtime() + this.#resolution * 1e6;
    this.#timer = setInterval(() => {
      const at = processBinding.hrtime();
      Histogram.add(this, Math.max(1, Math.round(at - expected + this.#resolution * 1e6)));
      expected = at + this.#resolution * 1e6;
    }, this.#resolution).unref();
    return true;
  }

  disable() {
    if (this.#timer === null) return false;
    clearInterval(this.#timer);
    this.#timer = null;
    return true;
  }
}

function monitorEventLoopDelay(options = {}) {
  validateObject(options, 'options');
  const { resolution = 10 } = options;
  validateInteger(resolution, 'options.resolution', 1);
  return new ELDHistogram(kCreate, resolution);
}

// The loop does not report its idle time yet: all of the time since the origin counts as active.
// How busy the loop was: the time it waited for events (idle) against the rest since it started (active), in
// total, since the reading `first`, or between two readings. All zero while the main script still runs.
function eventLoopUtilization(first, second) {
  const loopStart = processBinding.loopStart();
  if (loopStart < 0) return { idle: 0, active: 0, utilization: 0 };
  const idleTime = processBinding.loopIdleTime();
  const current = { idle: idleTime, active: now() - loopStart - idleTime };
  const base = second ?? first;
  const end = second === undefined ? current : first;
  const idle = base === undefined ? end.idle : end.idle - base.idle;
  const active = base === undefined ? end.active : end.active - base.active;
  return { idle, active, utilization: active / (idle + active) };
}

// ---- the performance object ----
class PerformanceNodeTiming {
  constructor(token) {
    if (token !== kCreate) throw new ERR_ILLEGAL_CONSTRUCTOR();
  }

  get name() { return 'node'; }
  get entryType() { return 'node'; }
  get startTime() { return 0; }
  get duration() { return now(); }
  get timeOrigin() { return timeOrigin; }
  get loopStart() { return processBinding.loopStart(); }
  get idleTime() { return processBinding.loopIdleTime(); }

  toJSON() {
    return { name: this.name, entryType: this.entryType, startTime: this.startTime, duration: this.duration,
      timeOrigin: this.timeOrigin, loopStart: this.loopStart, idleTime: this.idleTime };
  }

  [Symbol.for('nodejs.util.inspect.custom')](depth, options, inspect) {
    return inspectAs(this, ['name', 'entryType', 'startTime', 'duration', 'timeOrigin', 'loopStart', 'idleTime'], depth,
      options, inspect);
  }
}
const nodeTiming = new PerformanceNodeTiming(kCreate);

class Performance extends EventTarget {
  constructor(token) {
    if (token !== kCreate) throw new ERR_ILLEGAL_CONSTRUCTOR();
    super();
  }

  now() { return now(); }
  get timeOrigin() { return timeOrigin; }
  get nodeTiming() { return nodeTiming; }
  mark(name, options) { return mark(name, options); }
  measure(name, startOrOptions, endMark) { return measure(name, startOrOptions, endMark); }
  clearMarks(name) { clearEntries('mark', name); }
  clearMeasures(name) { clearEntries('measure', name); }
  getEntries() { return filterEntries([...timeline.mark, ...timeline.measure]); }

  getEntriesByName(name, type) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('name');
    return filterEntries([...timeline.mark, ...timeline.measure], `${name}`, type === undefined ? undefined : `${type}`);
  }

  getEntriesByType(type) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('type');
    return filterEntries(timeline[`${type}`] ?? []);
  }

  toJSON() {
    return { nodeTiming, timeOrigin, eventLoopUtilization: eventLoopUtilization() };
  }

  [Symbol.for('nodejs.util.inspect.custom')](depth, options, inspect) {
    if (depth < 0) return this;
    return `Performance ${inspect({ nodeTiming, timeOrigin, eventLoopUtilization: eventLoopUtilization() },
      { ...options, depth })}`;
  }
}
for (const cls of [PerformanceMark, PerformanceMeasure, PerformanceObserver, PerformanceObserverEntryList]) {
  Object.defineProperty(cls.prototype, Symbol.toStringTag, { value: cls.name, configurable: true });
}
// The module's own functions, so that performance.timerify === require('perf_hooks').timerify, as in Node.
for (const method of [timerify, eventLoopUtilization]) {
  Object.defineProperty(Performance.prototype, method.name, { value: method, writable: true, configurable: true });
}
// Resource timing needs fetch, which jnode does not have yet.
require('internal/unsupported').unsupportedFunctions('performance',
  ['markResourceTiming', 'clearResourceTimings', 'setResourceTimingBufferSize'], Performance.prototype);

const performance = new Performance(kCreate);

const constants = {
  NODE_PERFORMANCE_GC_MAJOR: 4,
  NODE_PERFORMANCE_GC_MINOR: 1,
  NODE_PERFORMANCE_GC_MINOR_MARK_SWEEP: 2,
  NODE_PERFORMANCE_GC_INCREMENTAL: 8,
  NODE_PERFORMANCE_GC_WEAKCB: 16,
  NODE_PERFORMANCE_GC_FLAGS_NO: 0,
  NODE_PERFORMANCE_GC_FLAGS_CONSTRUCT_RETAINED: 2,
  NODE_PERFORMANCE_GC_FLAGS_FORCED: 4,
  NODE_PERFORMANCE_GC_FLAGS_SYNCHRONOUS_PHANTOM_PROCESSING: 8,
  NODE_PERFORMANCE_GC_FLAGS_ALL_AVAILABLE_GARBAGE: 16,
  NODE_PERFORMANCE_GC_FLAGS_ALL_EXTERNAL_MEMORY: 32,
  NODE_PERFORMANCE_GC_FLAGS_SCHEDULE_IDLE: 64,
};

module.exports = {
  Performance,
  PerformanceEntry,
  PerformanceMark,
  PerformanceMeasure,
  PerformanceObserver,
  PerformanceObserverEntryList,
  constants,
  createHistogram,
  eventLoopUtilization,
  monitorEventLoopDelay,
  performance,
  timerify,
};

// performance marks and measures, the timeline getters, observers and timerify; times are checked, not printed.
const { performance, PerformanceObserver, PerformanceEntry, PerformanceMark, PerformanceMeasure } =
  require('node:perf_hooks');
const util = require('node:util');

const hideTimes = (text) => text.replace(/(startTime|duration): [\d.e-]+/g, '$1: <t>');
console.log(globalThis.performance === performance, typeof performance.now(), performance.now() >= 0);
const wallClock = Date.now();
console.log(Math.abs(performance.timeOrigin + performance.now() - wallClock) < 50);
const a = performance.mark('a', { detail: { x: 1 } });
console.log(a instanceof PerformanceEntry, a instanceof PerformanceMark, a.entryType, a.duration, a.detail);
console.log(hideTimes(util.inspect(a)), Object.keys(a));
console.log(Object.keys(a.toJSON()));
const fixed = new PerformanceMark('fixed', { startTime: 5 });
console.log(fixed.startTime, fixed.detail, performance.getEntriesByName('fixed').length);
performance.mark('b');
const m = performance.measure('a to b', 'a', 'b');
console.log(m instanceof PerformanceMeasure, m.entryType, m.duration >= 0, m.startTime === a.startTime);
console.log(hideTimes(util.inspect(m)));
const byOptions = performance.measure('options', { start: 10, end: 25, detail: 'd' });
console.log(byOptions.startTime, byOptions.duration, byOptions.detail);
const withDuration = performance.measure('duration', { start: 'a', duration: 4 });
console.log(withDuration.startTime === a.startTime, withDuration.duration);
console.log(performance.measure('from origin').startTime);
console.log(performance.getEntries().map((e) => `${e.entryType}:${e.name}`));
console.log(performance.getEntriesByType('mark').map((e) => e.name), performance.getEntriesByName('a', 'mark').length);
performance.clearMarks('a');
console.log(performance.getEntriesByType('mark').map((e) => e.name));
performance.clearMarks();
performance.clearMeasures();
console.log(performance.getEntries().length);

for (const fn of [() => new PerformanceEntry(), () => new PerformanceMeasure(), () => performance.measure('x', 'nope'),
  () => performance.getEntriesByName(), () => new PerformanceObserver(1)]) {
  try {
    fn();
  } catch (err) {
    console.log(err.name, err.code, err.message);
  }
}

const order = [];
const observer = new PerformanceObserver((list, self) => {
  order.push('observer');
  console.log('observed', list.getEntries().map((e) => `${e.entryType}:${e.name}`), self === observer);
  console.log(list.getEntriesByType('measure').length, list.getEntriesByName('seen').length);
  observer.disconnect();
});
observer.observe({ entryTypes: ['mark', 'measure'] });
performance.mark('seen');
performance.measure('seen too', 'seen');
process.nextTick(() => order.push('tick'));
setImmediate(() => {
  order.push('immediate');
  setImmediate(() => console.log(order));
});
console.log(PerformanceObserver.supportedEntryTypes);

const doubled = performance.timerify(function double(n) { return n * 2; });
console.log(doubled.name, doubled.length, doubled(21), performance.timerify(doubled) !== doubled);
const fnObserver = new PerformanceObserver((list) => {
  const [entry] = list.getEntries();
  console.log('function entry', entry.name, entry.entryType, entry.detail, entry.duration >= 0);
  fnObserver.disconnect();
});
fnObserver.observe({ type: 'function' });
doubled(4);
class Point { constructor(x) { this.x = x; } }
console.log(new (performance.timerify(Point))(3));
console.log(Object.keys(performance.toJSON()), Object.keys(performance.eventLoopUtilization()));

// timerify makes a new wrapper on every call; its entries carry the arguments as indexed properties; a class can be
// timerified and constructed; a pending observer delivery keeps the process alive until it runs.
const { timerify, PerformanceObserver } = require('perf_hooks');

const m = (a, b = 1) => a + b;
const n = timerify(m);
console.log(n === timerify(m), timerify(n).name, n.length, n(1, 2));
class Point { constructor(x) { this.x = x; } }
const TimedPoint = timerify(Point);
const obs = new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) {
    console.log(entry.name, entry.entryType, Object.keys(entry), entry[0], entry.detail);
  }
  obs.disconnect();
});
obs.observe({ entryTypes: ['function'] });
console.log(new TimedPoint(3).x, require('worker_threads').Worker.name);
n(5);

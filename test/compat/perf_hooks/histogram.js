// createHistogram: record, statistics, percentiles, add, reset, errors; monitorEventLoopDelay's interface.
const { createHistogram, monitorEventLoopDelay } = require('node:perf_hooks');

const h = createHistogram();
for (const v of [5, 10, 10, 20, 40, 40, 40, 100]) h.record(v);
console.log(h.count, h.min, h.max, h.mean, h.stddev, h.exceeds);
console.log(h.percentile(50), h.percentile(90), h.percentile(100), h.percentiles);
console.log(h.countBigInt, h.minBigInt, h.maxBigInt, h.percentileBigInt(50));
h.record(7n);
console.log(h.count, h.min);
const other = createHistogram();
other.record(1000);
h.add(other);
console.log(h.count, h.max);
const json = h.toJSON();
console.log(json.count, json.min, json.max, json.percentiles);
h.reset();
console.log(h.count, h.min, h.max, h.mean, h.percentiles);

for (const fn of [() => h.record(0), () => h.record(1.5), () => h.record('1'), () => h.percentile(0),
  () => h.percentile(101), () => h.add({}), () => createHistogram({ lowest: 0 }), () => createHistogram('x')]) {
  try {
    fn();
  } catch (err) {
    console.log(err.code, err.message);
  }
}

const delta = createHistogram();
delta.recordDelta();
delta.recordDelta();
console.log(delta.count, delta.min > 0);

const monitor = monitorEventLoopDelay({ resolution: 5 });
console.log(monitor.constructor.name, monitor.enable(), monitor.enable());
setTimeout(() => {
  console.log(monitor.disable(), monitor.disable(), monitor.count > 0, monitor.min > 0);
}, 100);
try {
  monitorEventLoopDelay({ resolution: 0 });
} catch (err) {
  console.log(err.code, err.message);
}

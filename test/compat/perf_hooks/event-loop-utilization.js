// eventLoopUtilization from the loop's idle time: zeros before the loop starts, mostly idle after waiting for a timer,
// busy after spinning, and the difference of two readings; thresholds wide enough for a loaded machine (CI's).
const { performance } = require('perf_hooks');
const r = (u) => [u.idle >= 0, u.active >= 0, u.utilization >= 0 && u.utilization <= 1];
console.log('in main script', performance.eventLoopUtilization(), performance.nodeTiming.loopStart, performance.nodeTiming.idleTime);
// Timed from inside the loop: a timer set by the main script counts from the loop's cached start time, so on a
// slow machine it can be due as soon as the loop starts, before any idle time.
setImmediate(() => setTimeout(() => {
  const first = performance.eventLoopUtilization();
  // How the wait splits into idle and active depends on the machine's load; that it is mostly accounted for does not.
  console.log('after a 200 ms wait', r(first), first.idle > 0, first.idle + first.active > 100, performance.nodeTiming.loopStart > 0,
    performance.nodeTiming.idleTime === first.idle || performance.nodeTiming.idleTime >= first.idle);
  const spinUntil = performance.now() + 150;
  while (performance.now() < spinUntil);
  const busy = performance.eventLoopUtilization(first);
  console.log('after 150 ms busy', r(busy), busy.active >= 140, busy.utilization > 0.9, busy.idle < 20);
  const later = performance.eventLoopUtilization();
  const between = performance.eventLoopUtilization(later, first);
  console.log('between two readings', Math.abs(between.active - (later.active - first.active)) < 1e-9,
    Math.abs(between.idle - (later.idle - first.idle)) < 1e-9);
}, 200));

// compat-argv: ["--expose-gc", "{case}"]
// v8.GCProfiler: the shape of a profile (the figures are the engine's own), start/stop twice, stop unstarted.
'use strict';
const { GCProfiler } = require('v8');

const keys = (object) => Object.keys(object).join(' ');
const profiler = new GCProfiler();
console.log(Object.getOwnPropertyNames(GCProfiler.prototype), profiler.stop());
console.log(profiler.start(), profiler.start());
let garbage = [];
for (let i = 0; i < 2e5; i++) garbage.push({ i, s: `item ${i}` });
globalThis.gc();
garbage = null;
setTimeout(() => {
  const profile = profiler.stop();
  console.log(keys(profile), profile.version, profile.endTime >= profile.startTime,
    Math.abs(profile.startTime - Date.now()) < 60000);
  const full = profile.statistics.find((record) => record.gcType === 'MarkSweepCompact');
  console.log('full collection recorded', full !== undefined, keys(full), full.cost >= 0);
  for (const side of [full.beforeGC, full.afterGC]) {
    console.log(keys(side), keys(side.heapStatistics),
      Object.values(side.heapStatistics).every((value) => typeof value === 'number' && value >= 0));
    console.log(side.heapSpaceStatistics.map((space) => space.spaceName).join(' '),
      [...new Set(side.heapSpaceStatistics.map(keys))]);
  }
  console.log('kinds', [...new Set(profile.statistics.map((record) => record.gcType))]
    .every((type) => ['Scavenge', 'MarkSweepCompact', 'MarkSweep', 'MinorMarkSweep'].includes(type)));
  console.log('stopped again', profiler.stop());
}, 1000);

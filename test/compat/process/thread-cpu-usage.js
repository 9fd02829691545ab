// process.threadCpuUsage: the JS thread's CPU time, and the validation it shares with cpuUsage.
const first = process.threadCpuUsage();
console.log(Object.keys(first), Number.isInteger(first.user), first.user >= 0, first.system >= 0);
const delta = process.threadCpuUsage(first);
console.log(delta.user >= 0, delta.system >= 0);
for (const fn of [process.threadCpuUsage, process.cpuUsage]) {
  for (const prev of [123, [], { user: -123 }, { user: 0, system: 'bar' }, { user: 1, system: 2 ** 60 }]) {
    try {
      fn(prev);
    } catch (e) {
      console.log(e.name, e.code, e.message);
    }
  }
}

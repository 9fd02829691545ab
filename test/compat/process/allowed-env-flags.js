// process.allowedNodeEnvironmentFlags: Node's list, read-only, with its spelling rules.
const flags = process.allowedNodeEnvironmentFlags;
console.log(flags instanceof Set, flags.constructor.name, Object.isFrozen(flags), flags.size);
for (const flag of ['--perf_basic_prof', 'perf-basic-prof', '-r', 'r', '--stack-trace-limit=100', '--max-old-space-size',
  '--expose-gc', '--no-warnings', '--require', 'INSPECT-BRK', '--r', '-R', '---inspect-brk', '--cheeseburgers', 42]) {
  console.log(flag, flags.has(flag));
}
flags.add('--jnode');
Set.prototype.add.call(flags, '--jnode');
flags.delete('-r');
flags.clear();
console.log(flags.has('--jnode'), flags.has('-r'), flags.size);
console.log([...flags].sort().slice(0, 5), [...flags.keys()].length, [...flags.entries()][0].length);
let count = 0;
const self = {};
flags.forEach(function(a, b, set) {
  if (this === self && a === b && set === flags) count++;
}, self);
console.log(count === flags.size);
console.log([...flags].every((f) => /^--?[a-zA-Z0-9._-]+$/.test(f)));

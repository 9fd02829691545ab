// os.constants.signals on Linux: every name and number, frozen with a null prototype, and the same numbers that
// process.kill accepts by name (probed with signal 0 semantics via a replaced process._kill).
const os = require('node:os');

const signals = os.constants.signals;
console.log('frozen', Object.isFrozen(signals), 'proto', Object.getPrototypeOf(signals));
console.log('same object each time', signals === require('node:os').constants.signals);
const entries = Object.entries(signals).sort((a, b) => a[1] - b[1] || (a[0] < b[0] ? -1 : 1));
for (const [name, number] of entries) console.log(String(number).padStart(2), name);
console.log('count', entries.length);
try {
  signals.SIGFAKE = 99;
  console.log('assignment ignored', signals.SIGFAKE);
} catch (e) {
  console.log('assignment threw', e.name);
}
const seen = [];
const original = process._kill;
process._kill = (pid, sig) => {
  seen.push(sig);
  return 0;
};
for (const [name] of entries) process.kill(process.pid, name);
process._kill = original;
console.log('kill passes numbers', JSON.stringify(seen) === JSON.stringify(entries.map((e) => e[1])));

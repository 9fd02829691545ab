// process.kill goes through process._kill (which programs may replace) and reports its errno.
try {
  process.kill(0, 987);
} catch (e) {
  console.log(e.name, e.code, e.errno, e.syscall, e.message);
}
const calls = [];
const original = process._kill;
process._kill = (pid, sig) => {
  calls.push([pid, sig]);
  return 0;
};
process.kill('0', 'SIGHUP');
process.kill(-1);
process.kill('7', 0);
process._kill = original;
console.log(calls);
process._kill = () => -3;
try {
  process.kill(1);
} catch (e) {
  console.log(e.code, e.message);
}

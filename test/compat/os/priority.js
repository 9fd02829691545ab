// os.getPriority/setPriority on this process only (made nicer, which needs no privilege), Node's argument checks
// and the SystemError for a process that does not exist.
const os = require('os');

const show = (label, f) => {
  try {
    console.log(label, 'ok', f());
  } catch (e) {
    console.log(label, e.name, e.code, e.message, JSON.stringify(e.info), e.errno, e.syscall);
  }
};
console.log(os.constants.priority);
show('own pid and 0 agree', () => typeof os.getPriority() === 'number' && os.getPriority(process.pid) === os.getPriority(0));
show('set 0 to 15', () => os.setPriority(0, 15));
show('read back', () => [os.getPriority(), os.getPriority(0), os.getPriority(process.pid)]);
show('set own pid to PRIORITY_LOW', () => os.setPriority(process.pid, os.constants.priority.PRIORITY_LOW));
show('read back', () => [os.getPriority(), os.getPriority(process.pid)]);
show('one argument is the priority', () => os.setPriority(19));
show('missing pid', () => os.getPriority(2 ** 31 - 1));
show('set missing pid', () => os.setPriority(2 ** 31 - 1, 19));
show('string pid', () => os.getPriority('1'));
show('fractional pid', () => os.getPriority(1.5));
show('pid beyond int32', () => os.getPriority(2 ** 31));
show('null pid', () => os.getPriority(null));
show('priority too low', () => os.setPriority(20));
show('priority too high', () => os.setPriority(0, -21));
show('string priority', () => os.setPriority(0, '1'));
show('no arguments', () => os.setPriority());
show('string pid on set', () => os.setPriority('x', 1));
const err = (() => { try { os.getPriority(2 ** 31 - 1); } catch (e) { return e; } })();
console.log(err instanceof Error, Object.keys(err), String(err));

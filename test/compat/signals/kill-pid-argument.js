// process.kill's pid argument: a number or a numeric string is accepted (signal 0 only probes; '' is pid 0, the
// process group), anything else (other strings, NaN, fractions, infinities, null, undefined, objects) is
// ERR_INVALID_ARG_TYPE naming "pid", values beyond 32 bits are refused the same way, while -2**31 reaches kill(2)
// and fails there with ESRCH.
function attempt(label, pid) {
  try {
    console.log(label.padEnd(12), 'returned', process.kill(pid, 0));
  } catch (e) {
    console.log(label.padEnd(12), e.name, e.code, e.message, e.syscall, e.errno);
  }
}
attempt('own pid', process.pid);
attempt('pid string', String(process.pid));
attempt("'abc'", 'abc');
attempt("''", '');
attempt('NaN', NaN);
attempt('1.5', 1.5);
attempt('-0.5', -0.5);
attempt('Infinity', Infinity);
attempt('-Infinity', -Infinity);
attempt('null', null);
attempt('undefined', undefined);
attempt('{}', {});
attempt('2 ** 31', 2 ** 31);
attempt('2 ** 53', 2 ** 53);
attempt('-(2 ** 31)', -(2 ** 31));
attempt('no pid', ...[]);

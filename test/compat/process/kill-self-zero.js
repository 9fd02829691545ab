console.log(process.kill(process.pid, 0));
try {
  process.kill(process.pid, 'SIGFOO');
} catch (e) {
  console.log(e.code, e.message);
}

// process.kill(process.pid, sig) with listeners: it returns true at once and the listeners run later, in
// registration order (prepend first, once only once) with (name, number) and this === process; a number or a
// name reaches the same listeners; signal 0 only probes; a string number is an unknown signal.
const log = [];
const wait = (name) => new Promise((resolve) => process.once(name, () => setImmediate(resolve)));

process.on('SIGUSR2', function first(name, number) {
  log.push(`first ${name} ${number} this=process:${this === process}`);
});
process.once('SIGUSR2', (name) => log.push(`once ${name}`));
process.prependListener('SIGUSR2', (name) => log.push(`prepended ${name}`));
process.on('SIGHUP', (name, number) => log.push(`hup ${name} ${number}`));

const keepAlive = setInterval(() => {}, 1000); // signal listeners alone do not keep the process alive
(async () => {
  let done = wait('SIGUSR2');
  log.push(`kill returned ${process.kill(process.pid, 'SIGUSR2')}`);
  log.push('sync code after kill');
  await done;
  done = wait('SIGUSR2');
  log.push(`kill by number ${process.kill(process.pid, 12)}`);
  await done;
  done = wait('SIGHUP');
  process.kill(process.pid, 1);
  await done;
  log.push(`probe ${process.kill(process.pid, 0)}`);
  try {
    process.kill(process.pid, '12');
  } catch (e) {
    log.push(`string number: ${e.code} ${e.message}`);
  }
  console.log(log.join('\n'));
  console.log('listeners left', process.listenerCount('SIGUSR2'), process.listenerCount('SIGHUP'));
  process.removeAllListeners('SIGUSR2');
  process.removeAllListeners('SIGHUP');
  clearInterval(keepAlive);
})();

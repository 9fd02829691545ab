// SIGKILL and SIGSTOP cannot be caught: adding a listener for either (on, once, prependListener) throws libuv's
// EINVAL and the listener is not kept; other events are unaffected.
for (const name of ['SIGKILL', 'SIGSTOP']) {
  for (const method of ['on', 'once', 'prependListener']) {
    try {
      process[method](name, () => {});
      console.log(name, method, 'accepted');
    } catch (err) {
      console.log(name, method, err.name, err.code, err.errno, err.syscall, err.message, process.listenerCount(name));
    }
  }
}
process.on('SIGUSR1', () => {});
console.log('SIGUSR1 listeners', process.listenerCount('SIGUSR1'));
process.removeAllListeners('SIGUSR1');

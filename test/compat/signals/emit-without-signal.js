// Signal listeners are plain process events: process.emit('SIGTERM') calls them synchronously with the given
// arguments and does not end the process; names that are not signals (or lower-case) are ordinary events.
const calls = [];
process.on('SIGTERM', (...args) => calls.push(`SIGTERM listener ${JSON.stringify(args)}`));
process.on('SIGNOTREAL', (...args) => calls.push(`SIGNOTREAL listener ${JSON.stringify(args)}`));
process.on('sigterm', () => calls.push('lower-case listener'));
console.log('emit SIGTERM', process.emit('SIGTERM', 'SIGTERM', 15));
console.log('emit SIGNOTREAL', process.emit('SIGNOTREAL'));
console.log('emit sigterm', process.emit('sigterm'));
console.log('emit SIGUSR2 without listeners', process.emit('SIGUSR2'));
console.log(calls.join('\n'));
console.log('counts', process.listenerCount('SIGTERM'), process.listenerCount('SIGNOTREAL'), process.listenerCount('sigterm'));
process.removeAllListeners('SIGTERM');
console.log('still running after', calls.length, 'calls');

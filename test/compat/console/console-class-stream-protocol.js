// How Console talks to its stream: an 'error' listener around each write, write errors ignored by
// default, and removeListener called in any case.
const { Console } = require('console');
const EventEmitter = require('events');
const calls = [];
const recorder = {
  write(text, cb) { calls.push(`write ${JSON.stringify(text)} ${typeof cb}`); },
  listenerCount(event) { calls.push(`listenerCount ${event}`); return 0; },
  once(event, fn) { calls.push(`once ${event} ${typeof fn}`); },
  removeListener(event, fn) { calls.push(`removeListener ${event} ${typeof fn}`); },
};
new Console(recorder).log('a');
console.log(calls.splice(0));
new Console({ stdout: recorder, ignoreErrors: false }).log('b');
console.log(calls.splice(0));
const withListener = Object.assign(new EventEmitter(), { write(t) { calls.push(`listeners while writing: ${this.listenerCount('error')}`); } });
withListener.on('error', () => {});
new Console(withListener).log('c');
console.log(calls.splice(0), withListener.listenerCount('error'));
const throwing = Object.assign(new EventEmitter(), { write() { throw new Error('write failed'); } });
new Console(throwing).log('ignored');
console.log('write error ignored');
try {
  new Console({ stdout: throwing, ignoreErrors: false }).log('thrown');
} catch (e) {
  console.log('with ignoreErrors false:', e.message);
}
const noListenerCount = { write(t) { calls.push('written'); }, removeListener() { calls.push('removeListener'); } };
new Console(noListenerCount).log('never written');
console.log(calls.splice(0));
try {
  new Console({ write() {} }).log('x');
} catch (e) {
  console.log(e.name, e.message);
}

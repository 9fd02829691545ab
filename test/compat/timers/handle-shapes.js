'use strict';
// Own properties and ref state of Timeout and Immediate objects, clearing by primitive id, the scheduler.
const { scheduler } = require('timers/promises');

// String keys only: the symbol keys include an async-context slot that is another area's work.
const keysOf = (value) => Object.keys(value);

const timeout = setTimeout(() => console.log('timeout not cleared'), 5);
console.log('timeout keys', keysOf(timeout));
console.log('timeout ref', timeout.hasRef(), timeout.unref().hasRef(), timeout.unref().hasRef(), timeout.ref().hasRef());
console.log('timeout fields', timeout._idleTimeout, timeout._repeat, timeout._destroyed, timeout._timerArgs);
clearTimeout(String(+timeout));
console.log('cleared by string id', timeout._destroyed, timeout._idleTimeout, timeout._onTimeout);
clearTimeout(timeout); // a second clear is harmless

const interval = setInterval(() => {}, 3, 'a', 'b');
console.log('interval', interval._repeat, interval._timerArgs);
clearInterval(+interval);
console.log('interval cleared by id', interval._destroyed);

const first = setImmediate(() => console.log('first immediate'));
const second = setImmediate(() => console.log('second immediate (cleared)'));
const third = setImmediate((x) => console.log('third immediate', x), 'arg');
console.log('immediate keys', keysOf(first));
console.log('links', first._idleNext === second, second._idlePrev === first, third._idleNext, first._idlePrev);
clearImmediate(second);
console.log('after clear', first._idleNext === third, third._idlePrev === first, second._idleNext, second._destroyed);
console.log('immediate ref', third.hasRef(), third.unref().hasRef(), third.ref().hasRef());
clearImmediate(second); // twice is harmless

// After an immediate ran, ref() and unref() change nothing.
setImmediate(() => {
  console.log('ran', first._destroyed, first.hasRef(), first.ref().hasRef(), first._onImmediate);
});

console.log('scheduler', scheduler, scheduler.constructor.length, scheduler.wait.length);
try {
  new scheduler.constructor();
} catch (err) {
  console.log(err.code, err.message);
}
try {
  scheduler.yield.call({});
} catch (err) {
  console.log(err.code, err.message);
}
try {
  scheduler.wait.call(undefined, 1);
} catch (err) {
  console.log(err.name);
}

// Clearing objects that are not timers is a no-op, and leaves the queue intact.
const plain = {};
clearImmediate(plain);
clearTimeout({});
clearInterval({});
console.log('plain object after clearImmediate', plain);
setImmediate(() => console.log('queue still works'));

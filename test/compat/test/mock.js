'use strict';
// node:test's mock: functions (calls, implementations, times, restore), methods, getters and setters,
// properties, and mock timers (setTimeout, setInterval, setImmediate, Date, timers/promises).
const { mock } = require('node:test');
const timersPromises = require('timers/promises');

const sum = mock.fn((a, b) => a + b);
console.log(sum(1, 2), sum.call('self', 3, 4), sum.mock.callCount());
console.log(sum.mock.calls.map((call) => [call.arguments, call.result, call.this, call.error]));
sum.mock.mockImplementationOnce(() => 'once');
sum.mock.mockImplementation(() => 'always');
console.log(sum(), sum(), sum.name, sum.length);
sum.mock.restore();
console.log(sum(5, 5));
sum.mock.resetCalls();
console.log(sum.mock.callCount());

const twice = mock.fn(() => 'original', () => 'mocked', { times: 2 });
console.log(twice(), twice(), twice());

const thrower = mock.fn(() => {
  throw new Error('inside');
});
try {
  thrower();
} catch {}
console.log(thrower.mock.calls[0].error.message, thrower.mock.calls[0].result);

class Point {
  constructor(x) {
    this.x = x;
  }
}
const MockPoint = mock.fn(Point);
const point = new MockPoint(7);
console.log(point instanceof Point, point.x, MockPoint.mock.calls[0].target === Point);

const object = {
  value: 1,
  method(n) {
    return this.value + n;
  },
  get prop() {
    return 'real getter';
  },
  set prop(v) {
    this.stored = v;
  },
};
const method = mock.method(object, 'method');
console.log(object.method(2), method.mock.calls[0].this === object, method.mock.callCount());
mock.method(object, 'method', () => 'replaced');
console.log(object.method(2));
const getter = mock.getter(object, 'prop', () => 'mock getter');
console.log(object.prop, getter.mock.callCount());
const setter = mock.setter(object, 'prop', function(v) {
  this.stored = `mocked ${v}`;
});
object.prop = 'x';
console.log(object.stored, setter.mock.calls[0].arguments);
mock.restoreAll();
console.log(object.method(2), object.prop);

try {
  mock.method(object, 'value');
} catch (err) {
  console.log(err.code, err.message);
}

const settings = { level: 1 };
const level = mock.property(settings, 'level', 5);
settings.level = 7;
level.mock.mockImplementationOnce(9);
console.log(settings.level, settings.level, level.mock.accessCount(),
  level.mock.accesses.map((access) => `${access.type} ${access.value}`));
level.mock.restore();
console.log(settings.level, Object.getOwnPropertyDescriptor(settings, 'level'));
try {
  mock.property(settings, 'missing');
} catch (err) {
  console.log(err.code);
}

mock.timers.enable({ apis: ['setTimeout', 'setInterval', 'Date', 'setImmediate'], now: 1000 });
const order = [];
setTimeout(() => order.push(`timeout 50 at ${Date.now()}`), 50);
const interval = setInterval(() => order.push(`interval at ${Date.now()}`), 30);
setTimeout(() => order.push(`timeout 10 at ${Date.now()}`), 10);
setImmediate(() => order.push('immediate'));
console.log(Date.now(), new Date().toISOString());
mock.timers.tick(60);
clearInterval(interval);
console.log(order);
try {
  mock.timers.enable();
} catch (err) {
  console.log(err.code, err.message);
}
mock.timers.reset();
try {
  mock.timers.tick();
} catch (err) {
  console.log(err.code, err.message);
}

mock.timers.enable({ apis: ['setTimeout'] });
const slept = timersPromises.setTimeout(100, 'slept');
mock.timers.tick(100);
slept.then((value) => {
  console.log(value);
  mock.timers.reset();
  setTimeout(() => console.log('real timers again'), 1);
});

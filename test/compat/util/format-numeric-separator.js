// %d, %i and %s group digits when inspect's defaults or formatWithOptions ask for numericSeparator; callbackify
// calls back with the callbackified function's `this`.
const util = require('util');

util.inspect.defaultOptions.numericSeparator = true;
console.log(util.format('%d %s %i', 118059162071741130342, 118059162071741130342, 123_123_123));
console.log(util.format('%d %s %i %d', 1_180_591_620_717_411_303_424n, 12_345_678_901_234_567_890_123n, 1234567n, 1234.5678));
util.inspect.defaultOptions.numericSeparator = false;
console.log(util.format('%d %s', 1234567, 7654321n), util.formatWithOptions({ numericSeparator: true }, '%d %s', 1234567, 7654321n));
const self = {
  fn(arg) { return arg === 'fail' ? Promise.reject(new Error('no')) : Promise.resolve(arg); },
};
self.cb = util.callbackify(self.fn);
self.cb('ok', function (err, value) { console.log('resolved', err, value, this === self); });
self.cb('fail', function (err) { console.log('rejected', err.message, this === self); });
const { PerformanceMark, PerformanceObserver } = require('perf_hooks');
console.log(Object.prototype.toString.call(performance.mark('m')), PerformanceMark.prototype[Symbol.toStringTag],
  PerformanceObserver.prototype[Symbol.toStringTag]);

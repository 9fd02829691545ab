'use strict';

const timers = require('internal/timers');

module.exports = {
  setTimeout: timers.setTimeout,
  clearTimeout: timers.clearTimeout,
  setInterval: timers.setInterval,
  clearInterval: timers.clearInterval,
  setImmediate: timers.setImmediate,
  clearImmediate: timers.clearImmediate,
  active(timer) {
    timers.insertGuarded(timer);
  },
  _unrefActive(timer) {
    timers.insertGuarded(timer);
  },
  unenroll: timers.unenroll,
  enroll(item, msecs) {
    timers.unenroll(item);
    item._idleTimeout = msecs;
    item._idleNext = item._idlePrev = null;
  },
};

Object.defineProperty(module.exports, 'promises', {
  enumerable: true,
  configurable: true,
  get() {
    return require('timers/promises');
  },
});

'use strict';
const util = require('util');
function attempt(label, fn) {
  try {
    console.log(label, JSON.stringify(fn()));
  } catch (e) {
    console.log(label, e.name, e.code, JSON.stringify(e.message));
  }
}
const log = util.debuglog('mysection');
console.log(log.enabled);
log('not printed %d', 1);
console.log(util.debug === util.debuglog);
let called = false;
const log2 = util.debuglog('other', (fn) => { called = typeof fn === 'function'; });
log2('x');
console.log(called);

'use strict';
const util = require('util');
function attempt(label, fn) {
  try {
    console.log(label, JSON.stringify(fn()));
  } catch (e) {
    console.log(label, e.name, e.code, JSON.stringify(e.message));
  }
}
const fn = util.deprecate(function old(x) { return x * 2; }, 'old() is old', 'DEP_TEST');
console.log(fn(2), fn(3), fn.name);
const fn2 = util.deprecate(() => 1, 'same code', 'DEP_TEST');
fn2();
const noCode = util.deprecate(() => 2, 'no code');
noCode(); noCode();

'use strict';
const util = require('util');
function attempt(label, fn) {
  try {
    console.log(label, JSON.stringify(fn()));
  } catch (e) {
    console.log(label, e.name, e.code, JSON.stringify(e.message));
  }
}
const target = { a: 1 };
console.log(util._extend(target, { b: 2, a: 3 }), util._extend(target, null) === target, util._extend({}, 5));
